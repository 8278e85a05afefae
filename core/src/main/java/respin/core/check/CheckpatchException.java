package respin.core.check;

import respin.core.RespinException;

/** scripts/checkpatch.pl could not be run, or did not finish. */
public class CheckpatchException extends RespinException {
    private static final long serialVersionUID = 1L;

    public CheckpatchException(String message) {
        super(message);
    }
}

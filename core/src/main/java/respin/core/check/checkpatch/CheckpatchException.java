package respin.core.check.checkpatch;

import respin.core.error.RespinException;

/** scripts/checkpatch.pl could not be run, or did not finish. */
public class CheckpatchException extends RespinException {
    private static final long serialVersionUID = 1L;

    public CheckpatchException(String message) {
        super(message);
    }
}

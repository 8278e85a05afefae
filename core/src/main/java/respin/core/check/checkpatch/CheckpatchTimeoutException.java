package respin.core.check.checkpatch;

import java.nio.file.Path;
import java.time.Duration;

/** checkpatch.pl ran over its time limit and was killed, with every process it started. */
public final class CheckpatchTimeoutException extends CheckpatchException {
    private static final long serialVersionUID = 1L;

    public CheckpatchTimeoutException(Path script, Duration limit) {
        super(script + " did not finish in " + limit.toSeconds() + " s and was stopped (--checkpatch-timeout)");
    }
}

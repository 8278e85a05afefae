package respin.core.error;

/** An option value respin cannot use (a version below 1, a branch name git refuses, a bad date). Exit code 2. */
public class UsageException extends RespinException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}

package respin.core.series.commit;

/** A step names a path it cannot change: a bad path, a missing file to delete, a file/directory clash. */
public final class InvalidStepException extends SeriesException {
    private static final long serialVersionUID = 1L;

    public InvalidStepException(int step, String path, String reason) {
        super("step " + step + ": " + path + ": " + reason);
    }

    public InvalidStepException(int step, String reason) {
        super("step " + step + ": " + reason);
    }
}

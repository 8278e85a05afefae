package respin.core.series.commit;

/** A step would commit a tree identical to its parent's; git format-patch would drop such a patch. */
public final class EmptyStepException extends SeriesException {
    private static final long serialVersionUID = 1L;

    public EmptyStepException(int step, String subject) {
        super("step " + step + " (\"" + subject + "\") changes nothing");
    }
}

package respin.core.series.commit;

/** The branch a series should be written to already exists; respin never moves an existing branch. */
public final class BranchExistsException extends SeriesException {
    private static final long serialVersionUID = 1L;

    public BranchExistsException(String branch) {
        super("branch '" + branch + "' already exists; choose another name or delete it first");
    }
}

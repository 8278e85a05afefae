package respin.core.pipeline;

import respin.core.series.commit.HandEditConflictException;

/** A respin stopped before writing anything: a hand edit on {@link #branch()} no longer applies. */
public final class RebaseConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String branch;

    RebaseConflictException(HandEditConflictException cause, String branch) {
        super(cause.getMessage(), cause);
        this.branch = branch;
    }

    /** The branch of the last version, where the hand edit is. */
    public String branch() {
        return branch;
    }
}

package respin.core.series.commit;

import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A series as written to the repository: the base commit, one commit per step in order
 * (the first one's parent is the base) and the short name of the branch at the last one.
 */
public record Series(ObjectId base, List<RevCommit> commits, String branch) {
    public Series {
        Objects.requireNonNull(base, "base");
        commits = List.copyOf(commits);
        if (commits.isEmpty()) {
            throw new SeriesException("a series needs at least one commit");
        }
    }

    /** The last commit, where the branch points. */
    public RevCommit tip() {
        return commits.get(commits.size() - 1);
    }
}

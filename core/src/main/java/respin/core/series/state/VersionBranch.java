package respin.core.series.state;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import respin.core.error.BadInputException;

/**
 * The branch of a recorded version as it is now: the recorded patches and the commits the user
 * added on top (hand edits), which a respin carries over and the range-diff pairs.
 */
public final class VersionBranch {
    private final SeriesVersion version;
    private final List<RevCommit> commits;

    private VersionBranch(SeriesVersion version, List<RevCommit> commits) {
        this.version = version;
        this.commits = commits;
    }

    /**
     * Reads the branch of {@code v} from its base, oldest first; a branch that is gone gives the
     * recorded commits.
     *
     * @throws BadInputException if the branch no longer sits on the base or lost the recorded tip
     */
    public static VersionBranch read(Repository repo, SeriesVersion v) throws IOException {
        Ref ref = repo.exactRef("refs/heads/" + v.branch());
        ObjectId tip = ref != null ? ref.getObjectId() : v.tip();
        List<RevCommit> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(tip);
            while (!c.equals(v.base())) {
                out.add(0, c);
                if (c.getParentCount() == 0) {
                    throw new BadInputException("branch " + v.branch() + " no longer sits on the base of v" + v.number()
                            + " (" + v.base().abbreviate(12).name() + ")");
                }
                c = walk.parseCommit(c.getParent(0));
            }
        }
        if (out.stream().noneMatch(c -> c.equals(v.tip()))) {
            throw new BadInputException("branch " + v.branch() + " was rewritten: it no longer holds the v"
                    + v.number() + " commit " + v.tip().abbreviate(12).name());
        }
        return new VersionBranch(v, List.copyOf(out));
    }

    public List<RevCommit> commits() {
        return commits;
    }

    /** How many commits the user added on the branch after the recorded tip. */
    public int added() {
        return commits.size() - version.patches().size();
    }

    /** Hand edits to carry: those the version carried already, then the commits added after it. */
    public List<ObjectId> handEdits() {
        List<ObjectId> out = new ArrayList<>();
        version.patches().stream().filter(PatchRecord::isHandEdit).forEach(p -> out.add(p.commit()));
        boolean after = false;
        for (RevCommit c : commits) {
            if (after) {
                out.add(c);
            }
            after |= c.equals(version.tip());
        }
        return out;
    }

    /** Range-diff entries of the branch: recorded patches by step id, hand edits by subject. */
    public List<RangeDiff.Entry> entries() {
        List<RangeDiff.Entry> out = new ArrayList<>();
        for (RevCommit c : commits) {
            String key = version.patches().stream().filter(p -> p.commit().equals(c) && !p.isHandEdit())
                    .map(PatchRecord::stepId).findFirst().orElse("hand:" + c.getShortMessage());
            out.add(new RangeDiff.Entry(key, c));
        }
        return out;
    }

    /** Range-diff entries of freshly made patches, keyed as {@link #entries()} keys the old ones. */
    public static List<RangeDiff.Entry> entries(List<PatchRecord> records) {
        return records.stream().map(p -> new RangeDiff.Entry(p.isHandEdit() ? "hand:" + p.subject() : p.stepId(),
                p.commit())).toList();
    }

    /** {@code commit 8c3bf8c59c70 ("subject")}: the form checkpatch's GIT_COMMIT_ID asks of a commit log. */
    public static String describe(Repository repo, ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(id);
            return "commit " + c.abbreviate(12).name() + " (\"" + c.getShortMessage() + "\")";
        }
    }
}

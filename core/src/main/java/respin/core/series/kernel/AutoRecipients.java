package respin.core.series.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import respin.core.error.BadInputException;

/**
 * The {@code --to}/{@code --cc} of a series: addresses as given, and {@value #AUTO}, which
 * stands for what MAINTAINERS (at the base) names for each patch, as {@code get_maintainer.pl}
 * reads it from the patch file: maintainers and reviewers in To:, lists in Cc:.
 */
public final class AutoRecipients {
    public static final String AUTO = "auto";

    private final Repository repo;
    private final ObjectId base;
    private final List<String> to;
    private final List<String> cc;
    private Maintainers maintainers;

    public AutoRecipients(Repository repo, ObjectId base, List<String> to, List<String> cc) {
        this.repo = Objects.requireNonNull(repo, "repo");
        this.base = Objects.requireNonNull(base, "base");
        this.to = List.copyOf(to);
        this.cc = List.copyOf(cc);
    }

    /** Whether any address is asked for. */
    public boolean isEmpty() {
        return to.isEmpty() && cc.isEmpty();
    }

    /**
     * The recipients of one patch: the explicit addresses plus, for {@value #AUTO},
     * MAINTAINERS' answer for the files {@code commit} changes and the lines {@code patchText}
     * adds or removes (for K: keywords).
     *
     * @throws BadInputException if {@value #AUTO} is asked for and the base has no MAINTAINERS
     */
    public Recipients of(RevCommit commit, String patchText) {
        Recipients auto = Recipients.NONE;
        if (to.contains(AUTO) || cc.contains(AUTO)) {
            try {
                if (maintainers == null) {
                    maintainers = maintainers();
                }
                auto = maintainers.recipients(paths(commit), changedLines(patchText));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Recipients(merge(to, auto.to()), merge(cc, auto.cc()));
    }

    private static List<String> merge(List<String> given, List<String> auto) {
        List<String> out = new ArrayList<>();
        for (String a : given) {
            if (a.equals(AUTO)) {
                auto.stream().filter(x -> !out.contains(x)).forEach(out::add);
            } else if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private Maintainers maintainers() throws IOException {
        return at(repo, base).orElseThrow(() -> new BadInputException(
                "--to/--cc auto: there is no MAINTAINERS file at " + base.name()));
    }

    /** MAINTAINERS of commit {@code base}, read as get_maintainer reads it; empty when the tree has none. */
    public static java.util.Optional<Maintainers> at(Repository repo, ObjectId base) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(base);
            TreeWalk tw = TreeWalk.forPath(repo, "MAINTAINERS", c.getTree());
            if (tw == null) {
                return java.util.Optional.empty();
            }
            String text = new String(repo.open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(),
                    StandardCharsets.UTF_8);
            return java.util.Optional.of(Maintainers.parse(text, p -> isTree(repo, c, p)));
        }
    }

    private static boolean isTree(Repository repo, RevCommit c, String path) {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, c.getTree())) {
            return tw != null && tw.getFileMode(0) == FileMode.TREE;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The paths a commit changes (both names of a rename), as get_maintainer reads them from a patch. */
    private List<String> paths(RevCommit c) throws IOException {
        List<String> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            RevCommit parsed = walk.parseCommit(c);
            tw.setRecursive(true);
            tw.addTree(walk.parseCommit(parsed.getParent(0)).getTree());
            tw.addTree(parsed.getTree());
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                out.add(tw.getPathString());
            }
        }
        return out;
    }

    private static List<String> changedLines(String patchText) {
        List<String> out = new ArrayList<>();
        for (String line : patchText.split("\n")) {
            if ((line.startsWith("+") || line.startsWith("-")) && !line.startsWith("+++ ") && !line.startsWith("--- ")) {
                out.add(line);
            }
        }
        return out;
    }
}

package respin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import picocli.CommandLine.Option;
import respin.core.error.BadInputException;
import respin.core.series.commit.StepCommit;
import respin.core.series.kernel.Maintainers;
import respin.core.series.kernel.Recipients;
import respin.core.series.kernel.SubjectPrefixes;
import respin.core.series.mail.PatchFile;

/** The options of {@code respin series} that shape the mails: prefixes, recipients, threading. */
final class MailOptions {
    static final String AUTO = "auto";

    @Option(names = "--thread", description = "Message-Id, In-Reply-To and References as git's --thread "
            + "(shallow: every patch replies to the cover letter); the ids follow --date, so they repeat.")
    boolean thread;

    @Option(names = "--to", paramLabel = "auto|ADDR", description = "To: header on every mail; 'auto': the "
            + "maintainers and reviewers MAINTAINERS names for each patch's files (the cover letter: all). Repeatable.")
    List<String> to = new ArrayList<>();

    @Option(names = "--cc", paramLabel = "auto|ADDR", description = "Cc: header on every mail; 'auto': the "
            + "mailing lists MAINTAINERS names for each patch's files (the cover letter: all). Repeatable.")
    List<String> cc = new ArrayList<>();

    @Option(names = "--prefix-from-history", paramLabel = "N", arity = "0..1", fallbackValue = "50",
            description = "Subject prefixes (KVM: x86:) from the last N commits touching each patch's files "
                    + "(default N: ${FALLBACK-VALUE}), instead of the recipe's; a step without a prefix always gets one.")
    Integer prefixDepth;

    /**
     * The steps with their subject prefixes: the recipe's where it gives one (unless
     * --prefix-from-history), else learned from the history of the step's files.
     */
    List<StepCommit> prefixed(List<StepCommit> steps, Repository repo, ObjectId base, PrintWriter out)
            throws IOException {
        SubjectPrefixes learn = new SubjectPrefixes(repo, base, prefixDepth != null ? prefixDepth : 50);
        List<StepCommit> result = new ArrayList<>();
        for (StepCommit s : steps) {
            boolean hasOwn = !SubjectPrefixes.prefixOf(s.subject()).isEmpty();
            if (hasOwn && prefixDepth == null) {
                result.add(s);
                continue;
            }
            SubjectPrefixes.Choice c = learn.forFiles(s.files().keySet());
            out.printf("  prefix \"%s\" for \"%s\": %s%n", c.prefix().strip(), s.subject(), c.source());
            result.add(new StepCommit(SubjectPrefixes.withPrefix(s.subject(), c.prefix()), s.body(), s.files()));
        }
        return result;
    }

    boolean wantsRecipients() {
        return !to.isEmpty() || !cc.isEmpty();
    }

    /** One Recipients per commit: the explicit addresses plus, for "auto", MAINTAINERS' answer for its files. */
    List<Recipients> recipients(Repository repo, ObjectId base, List<RevCommit> commits, List<PatchFile> draft)
            throws IOException {
        Maintainers maintainers = to.contains(AUTO) || cc.contains(AUTO) ? maintainers(repo, base) : null;
        List<Recipients> out = new ArrayList<>();
        int offset = draft.size() - commits.size();
        for (int i = 0; i < commits.size(); i++) {
            Recipients auto = Recipients.NONE;
            if (maintainers != null) {
                auto = maintainers.recipients(paths(repo, commits.get(i)), changedLines(draft.get(offset + i)));
            }
            out.add(new Recipients(merge(to, auto.to()), merge(cc, auto.cc())));
        }
        return out;
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

    private static Maintainers maintainers(Repository repo, ObjectId base) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(base);
            TreeWalk tw = TreeWalk.forPath(repo, "MAINTAINERS", c.getTree());
            if (tw == null) {
                throw new BadInputException("--to/--cc auto: there is no MAINTAINERS file at " + base.name());
            }
            String text = new String(repo.open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(),
                    StandardCharsets.UTF_8);
            return Maintainers.parse(text, p -> isTree(repo, c, p));
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
    private static List<String> paths(Repository repo, RevCommit c) throws IOException {
        List<String> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            RevCommit parsed = walk.parseCommit(c);
            tw.setRecursive(true);
            tw.addTree(walk.parseCommit(parsed.getParent(0)).getTree());
            tw.addTree(parsed.getTree());
            tw.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
            while (tw.next()) {
                out.add(tw.getPathString());
            }
        }
        return out;
    }

    private static List<String> changedLines(PatchFile p) {
        List<String> out = new ArrayList<>();
        for (String line : p.text().split("\n")) {
            if ((line.startsWith("+") || line.startsWith("-")) && !line.startsWith("+++ ") && !line.startsWith("--- ")) {
                out.add(line);
            }
        }
        return out;
    }
}

package respin.core.series.kernel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Subject prefixes ({@code "KVM: x86: "}, {@code "vfio: "}) learned from the history of the
 * files a patch touches, as a maintainer would pick them: for each file, the prefix most of
 * the last {@code depth} non-merge commits touching it carry (ties: the most recent); for a
 * patch, the prefix most of its files share (ties: their common leading part, else the first
 * file's). A file with fewer than {@link #MIN_SAMPLES} prefixed commits gets a prefix from
 * its path ({@link PathPrefix}).
 */
public final class SubjectPrefixes {
    /** Fewer prefixed commits than this, and the path decides. */
    public static final int MIN_SAMPLES = 3;
    private static final Pattern PREFIX = Pattern.compile("^((?:[A-Za-z0-9_][A-Za-z0-9_.+/,\\-]{0,30}: )+)");

    private final Repository repo;
    private final ObjectId start;
    private final int depth;
    private final Map<String, Choice> cache = new HashMap<>();

    /** Where a prefix came from: {@code source} is e.g. "7 of 12 commits touching virt/kvm/vfio.c" or "path". */
    public record Choice(String prefix, String source) {
    }

    public SubjectPrefixes(Repository repo, ObjectId start, int depth) {
        this.repo = Objects.requireNonNull(repo, "repo");
        this.start = Objects.requireNonNull(start, "start");
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1: " + depth);
        }
        this.depth = depth;
    }

    /** The prefix of a subject with its trailing space ({@code "KVM: x86: "}), or "" when it has none. */
    public static String prefixOf(String subject) {
        if (subject.startsWith("Revert ") || subject.startsWith("Merge ")) {
            return "";
        }
        Matcher m = PREFIX.matcher(subject);
        return m.find() ? m.group(1) : "";
    }

    /** The subject with {@code prefix} instead of the prefix it had. */
    public static String withPrefix(String subject, String prefix) {
        return prefix + subject.substring(prefixOf(subject).length());
    }

    /** The prefix for a patch touching {@code paths} (repository-relative, in the patch's order). */
    public Choice forFiles(Collection<String> paths) throws IOException {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Choice> first = new LinkedHashMap<>();
        for (String p : paths) {
            Choice c = forFile(p);
            votes.merge(c.prefix(), 1, Integer::sum);
            first.putIfAbsent(c.prefix(), c);
        }
        if (votes.isEmpty()) {
            throw new IllegalArgumentException("a patch touches at least one file");
        }
        int best = votes.values().stream().max(Integer::compare).orElseThrow();
        List<String> tied = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        if (tied.size() == 1) {
            Choice c = first.get(tied.get(0));
            return paths.size() == 1 ? c : new Choice(c.prefix(), c.source() + "; " + best + " of " + paths.size()
                    + " files");
        }
        String common = commonComponents(tied);
        if (!common.isEmpty()) {
            return new Choice(common, "common part of " + String.join(" / ", tied.stream().map(String::strip).toList()));
        }
        return first.get(tied.get(0));
    }

    /** The prefix for one file. */
    public Choice forFile(String path) throws IOException {
        Choice c = cache.get(path);
        if (c == null) {
            c = learn(path);
            cache.put(path, c);
        }
        return c;
    }

    private Choice learn(String path) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int seen = 0;
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(RevFilter.NO_MERGES);
            walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
            walk.markStart(walk.parseCommit(start));
            for (RevCommit c : walk) {
                if (seen++ >= depth) {
                    break;
                }
                String p = prefixOf(c.getShortMessage());
                if (!p.isEmpty()) {
                    counts.merge(p, 1, Integer::sum);
                }
            }
        }
        int samples = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (samples < MIN_SAMPLES) {
            return new Choice(PathPrefix.of(path), "path (" + samples + " prefixed commits touch " + path + ")");
        }
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        return new Choice(best.getKey(), best.getValue() + " of " + Math.min(seen, depth) + " commits touching " + path);
    }

    /** The leading {@code "X: "} components all of them share. */
    static String commonComponents(List<String> prefixes) {
        List<String[]> parts = new ArrayList<>();
        for (String p : prefixes) {
            parts.add(p.split("(?<=: )"));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0;; i++) {
            String c = null;
            for (String[] ps : parts) {
                if (i >= ps.length || c != null && !c.equals(ps[i])) {
                    return out.toString();
                }
                c = ps[i];
            }
            out.append(c);
        }
    }
}

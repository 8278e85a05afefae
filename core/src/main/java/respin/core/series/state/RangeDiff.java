package respin.core.series.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import respin.core.series.diff.Abbrev;
import respin.core.series.diff.FuncName;
import respin.core.series.diff.Hunks;
import respin.core.series.diff.xdiff.ByteBuf;
import respin.core.series.diff.xdiff.LineDiff;
import respin.core.series.diff.xdiff.Lines;

/**
 * {@code git range-diff --no-color} of two lists of commits, as git 2.39 prints it: one line per
 * pair ({@code 1:  abc1234 = 1:  def5678 subject}, {@code !} followed by the diff of the two
 * patches, {@code <} for a commit only on the left, {@code >} only on the right), in the order of
 * the right side. Where git pairs commits by a cost matrix, respin pairs them by a key that
 * survives a rebase (a series patch's step id): same key, same patch.
 */
public final class RangeDiff {
    /** A commit and the key that pairs it with the commit of the other side that has the same key. */
    public record Entry(String key, ObjectId commit) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(commit, "commit");
        }
    }

    private final Repository repo;

    public RangeDiff(Repository repo) {
        this.repo = repo;
    }

    /** The range-diff text from {@code left} (the old version) to {@code right} (the new one). */
    public String between(List<Entry> left, List<Entry> right) throws IOException {
        try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            Abbrev abbrev = new Abbrev(repo, reader);
            List<Side> a = sides(walk, reader, left);
            List<Side> b = sides(walk, reader, right);
            for (Side s : b) {
                for (Side o : a) {
                    if (o.matching < 0 && o.key.equals(s.key)) {
                        o.matching = s.index;
                        s.matching = o.index;
                        break;
                    }
                }
            }
            int width = Integer.toString(1 + Math.max(a.size(), b.size())).length();
            StringBuilder out = new StringBuilder();
            String[] dashes = {null};
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                while (i < a.size() && a.get(i).shown) {
                    i++;
                }
                if (i < a.size() && a.get(i).matching < 0) {
                    header(out, abbrev, width, dashes, a.get(i), null);
                    i++;
                    continue;
                }
                while (j < b.size() && b.get(j).matching < 0) {
                    header(out, abbrev, width, dashes, null, b.get(j));
                    j++;
                }
                if (j < b.size()) {
                    Side l = a.get(b.get(j).matching);
                    Side r = b.get(j);
                    header(out, abbrev, width, dashes, l, r);
                    out.append(innerDiff(l.text, r.text));
                    l.shown = true;
                    j++;
                }
            }
            return new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }
    }

    /** One commit of a side: its patch as range-diff reads it, and how it pairs. */
    private static final class Side {
        final int index;
        final String key;
        final RevCommit commit;
        final byte[] text;
        int matching = -1;
        boolean shown;

        Side(int index, String key, RevCommit commit, byte[] text) {
            this.index = index;
            this.key = key;
            this.commit = commit;
            this.text = text;
        }
    }

    private List<Side> sides(RevWalk walk, ObjectReader reader, List<Entry> entries) throws IOException {
        List<Side> out = new ArrayList<>();
        for (Entry e : entries) {
            RevCommit c = walk.parseCommit(e.commit());
            out.add(new Side(out.size(), e.key(), c, RangeDiffPatch.of(repo, reader, walk, c)));
        }
        return out;
    }

    private static void header(StringBuilder out, Abbrev abbrev, int width, String[] dashes, Side a, Side b)
            throws IOException {
        RevCommit c = a != null ? a.commit : b.commit;
        if (dashes[0] == null) {
            dashes[0] = "-".repeat(abbrev.hex(c).length());
        }
        char status = b == null ? '<' : a == null ? '>' : java.util.Arrays.equals(a.text, b.text) ? '=' : '!';
        out.append(a == null ? pad("-", width) + ":  " + dashes[0] : pad(Integer.toString(a.index + 1), width)
                + ":  " + abbrev.hex(a.commit));
        out.append(' ').append(status).append(' ');
        out.append(b == null ? pad("-", width) + ":  " + dashes[0] : pad(Integer.toString(b.index + 1), width)
                + ":  " + abbrev.hex(b.commit));
        out.append(' ').append(new String(c.getShortMessage().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1)).append('\n');
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /**
     * The diff of two patch texts, each line after four spaces, hunk headers without line
     * numbers; the result holds the bytes as ISO-8859-1 characters.
     */
    static String innerDiff(byte[] a, byte[] b) {
        Lines la = Lines.of(a);
        Lines lb = Lines.of(b);
        ByteBuf diff = new ByteBuf();
        Hunks.emit(diff, la, lb, LineDiff.diff(la, lb), FuncName.RANGE_DIFF);
        StringBuilder out = new StringBuilder();
        for (String line : new String(diff.toByteArray(), StandardCharsets.ISO_8859_1).split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@@ -")) {
                int close = line.indexOf("@@", 2);
                line = "@@" + line.substring(close + 2);
            }
            out.append("    ").append(line).append('\n');
        }
        return out.toString();
    }
}

package respin.core.series.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import respin.core.series.diff.DiffDrivers;
import respin.core.series.diff.FileChange;
import respin.core.series.diff.FilePatch;
import respin.core.series.diff.FuncName;
import respin.core.series.diff.QuotePath;
import respin.core.series.diff.TreeDiff;
import respin.core.series.diff.xdiff.ByteBuf;
import respin.core.series.mail.Shortlog;

/**
 * A commit as {@code git range-diff} reads it from {@code git log -p --no-prefix}: a
 * {@code ## Metadata ##} section with the author, a {@code ## Commit message ##} section
 * (the message indented by four spaces, tabs expanded, trailing blanks cut), then per file a
 * {@code ## path ##} line and its hunks, each hunk header turned into {@code @@ path: function}.
 */
final class RangeDiffPatch {
    private static final int TAB = 8;

    private RangeDiffPatch() {
    }

    static byte[] of(Repository repo, ObjectReader reader, RevWalk walk, RevCommit c) throws IOException {
        ByteBuf out = new ByteBuf();
        PersonIdent author = c.getAuthorIdent();
        out.add(" ## Metadata ##\n").add("Author: " + author.getName() + " <" + author.getEmailAddress() + ">")
                .add("\n\n").add(" ## Commit message ##\n");
        for (String line : message(c)) {
            out.add(line).add('\n');
        }
        if (c.getParentCount() == 0) {
            return out.toByteArray();
        }
        RevCommit parent = walk.parseCommit(c.getParent(0));
        DiffDrivers drivers = new DiffDrivers(repo, reader, c.getTree(), parent.getTree());
        List<FilePatch> files = new ArrayList<>();
        for (FileChange ch : TreeDiff.between(repo, reader, parent.getTree(), c.getTree())) {
            files.add(FilePatch.of(ch, reader));
        }
        List<String> paths = new ArrayList<>();
        files.forEach(f -> {
            paths.add(f.change().oldPath());
            paths.add(f.change().newPath());
        });
        drivers.load(paths);
        for (FilePatch f : files) {
            FileChange ch = f.change();
            out.add('\n').add(" ## ");
            switch (ch.status()) {
                case ADDED -> out.add(ch.newPath() + " (new)");
                case DELETED -> out.add(ch.oldPath() + " (deleted)");
                case RENAMED -> out.add(ch.oldPath() + " => " + ch.newPath());
                default -> out.add(ch.newPath());
            }
            if (ch.status() != FileChange.Status.ADDED && ch.status() != FileChange.Status.DELETED
                    && ch.oldMode() != ch.newMode()) {
                out.add(" (mode change " + FileChange.mode(ch.oldMode()) + " => " + FileChange.mode(ch.newMode()) + ")");
            }
            out.add(" ##\n");
            String name = ch.status() == FileChange.Status.DELETED ? ch.oldPath() : ch.newPath();
            FuncName ff = drivers.funcName(ch.oldPath());
            if (ff == FuncName.DEFAULT) {
                ff = drivers.funcName(ch.newPath());
            }
            ByteBuf hunks = new ByteBuf();
            f.writeHunks(hunks, ff);
            for (String line : new String(hunks.toByteArray(), StandardCharsets.ISO_8859_1).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("@@ ")) {
                    int close = line.indexOf("@@", 3);
                    String func = line.substring(close + 2);
                    out.add("@@");
                    if (!func.isEmpty()) {
                        out.add(" ").add(QuotePath.bytes(name)).add(":");
                    }
                    out.add(func.getBytes(StandardCharsets.ISO_8859_1));
                } else if (line.startsWith("+") || line.startsWith("-") || line.startsWith(" ")) {
                    out.add(line.getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    out.add(' ').add(line.getBytes(StandardCharsets.ISO_8859_1));
                }
                out.add('\n');
            }
        }
        return out.toByteArray();
    }

    /** The message as {@code git log --pretty=medium} indents it, with range-diff's trailing-space cut. */
    private static List<String> message(RevCommit c) {
        String msg = new String(Shortlog.rawMessage(c), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        boolean first = true;
        for (String l : msg.split("\n", -1)) {
            String t = l.stripTrailing();
            if (t.isEmpty() && first) {
                continue;
            }
            first = false;
            lines.add(t.isEmpty() ? "" : "    " + expandTabs(t));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            int cp = s.codePointAt(i);
            if (cp == '\t') {
                int n = TAB - col % TAB;
                sb.append(" ".repeat(n));
                col += n;
            } else {
                sb.appendCodePoint(cp);
                col++;
            }
        }
        return sb.toString();
    }
}

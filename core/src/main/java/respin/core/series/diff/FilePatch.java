package respin.core.series.diff;

import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.lib.ObjectReader;
import respin.core.series.diff.xdiff.ByteBuf;
import respin.core.series.diff.xdiff.LineDiff;
import respin.core.series.diff.xdiff.Lines;

/** One file of a commit's diff: its line diff, its diffstat entry, summary line and patch text as git prints them. */
public final class FilePatch {
    private final FileChange change;
    private final boolean binary;
    private final byte[] oldData;
    private final byte[] newData;
    private final Lines oldLines;
    private final Lines newLines;
    private final List<LineDiff.Change> script;
    private final int added;
    private final int deleted;

    private FilePatch(FileChange change, byte[] oldData, byte[] newData) {
        this.change = change;
        this.binary = Lines.isBinary(oldData) || Lines.isBinary(newData);
        if (binary) {
            this.oldData = oldData;
            this.newData = newData;
            this.oldLines = null;
            this.newLines = null;
            this.script = List.of();
            boolean same = java.util.Arrays.equals(oldData, newData);
            this.added = same ? 0 : newData.length;
            this.deleted = same ? 0 : oldData.length;
            return;
        }
        this.oldData = null;
        this.newData = null;
        this.oldLines = Lines.of(oldData);
        this.newLines = Lines.of(newData);
        this.script = change.oldId().equals(change.newId()) ? List.of() : LineDiff.diff(oldLines, newLines);
        int a = 0;
        int d = 0;
        for (LineDiff.Change c : script) {
            a += c.chg2();
            d += c.chg1();
        }
        this.added = a;
        this.deleted = d;
    }

    public static FilePatch of(FileChange change, ObjectReader reader) throws IOException {
        return of(change, Blobs.of(reader));
    }

    static FilePatch of(FileChange change, Blobs blobs) throws IOException {
        return new FilePatch(change, blobs.read(change.oldId()), blobs.read(change.newId()));
    }

    public FileChange change() {
        return change;
    }

    /** The old side's text; empty for a binary file. */
    byte[] oldText() {
        return binary ? new byte[0] : oldLines.data;
    }

    /** The new side's text; empty for a binary file. */
    byte[] newText() {
        return binary ? new byte[0] : newLines.data;
    }

    DiffStat.Entry statEntry() {
        byte[] name = change.status() == FileChange.Status.RENAMED
                ? renameName(change.oldPath(), change.newPath())
                : QuotePath.quote(QuotePath.bytes(change.oldPath()));
        return new DiffStat.Entry(name, added, deleted, binary);
    }

    /** The {@code create mode}, {@code delete mode}, {@code rename} or {@code mode change} line, if any. */
    void writeSummary(ByteBuf out) {
        FileChange c = change;
        switch (c.status()) {
            case ADDED -> out.add(" create mode " + FileChange.mode(c.newMode()) + " ")
                    .add(QuotePath.quote(QuotePath.bytes(c.newPath()))).add('\n');
            case DELETED -> out.add(" delete mode " + FileChange.mode(c.oldMode()) + " ")
                    .add(QuotePath.quote(QuotePath.bytes(c.oldPath()))).add('\n');
            case RENAMED -> {
                out.add(" rename ").add(renameName(c.oldPath(), c.newPath()))
                        .add(" (" + c.score() + "%)\n");
                if (c.oldMode() != c.newMode()) {
                    out.add(" mode change " + FileChange.mode(c.oldMode()) + " => "
                            + FileChange.mode(c.newMode()) + "\n");
                }
            }
            case MODIFIED -> {
                if (c.oldMode() != c.newMode()) {
                    out.add(" mode change " + FileChange.mode(c.oldMode()) + " => "
                            + FileChange.mode(c.newMode()) + " ")
                            .add(QuotePath.quote(QuotePath.bytes(c.newPath()))).add('\n');
                }
            }
            default -> throw new IllegalStateException(c.status().toString());
        }
    }

    /**
     * {@code diff --git} header, mode/rename/index lines, and the hunks; a binary file as a
     * binary patch, or with {@link DiffOutput#NO_BINARY_PATCH} as git diff's one line.
     */
    void writePatch(ByteBuf out, Abbrev abbrev, FuncName ff, int compression) throws IOException {
        FileChange c = change;
        byte[] a = QuotePath.quote(QuotePath.bytes("a/"), QuotePath.bytes(c.oldPath()));
        byte[] b = QuotePath.quote(QuotePath.bytes("b/"), QuotePath.bytes(c.newPath()));
        out.add("diff --git ").add(a).add(' ').add(b).add('\n');
        switch (c.status()) {
            case ADDED -> out.add("new file mode " + FileChange.mode(c.newMode()) + "\n");
            case DELETED -> out.add("deleted file mode " + FileChange.mode(c.oldMode()) + "\n");
            default -> {
                if (c.oldMode() != c.newMode()) {
                    out.add("old mode " + FileChange.mode(c.oldMode()) + "\nnew mode "
                            + FileChange.mode(c.newMode()) + "\n");
                }
            }
        }
        if (c.status() == FileChange.Status.RENAMED) {
            out.add("similarity index " + c.score() + "%\nrename from ")
                    .add(QuotePath.quote(QuotePath.bytes(c.oldPath())))
                    .add("\nrename to ").add(QuotePath.quote(QuotePath.bytes(c.newPath()))).add('\n');
        }
        boolean binaryPatch = binary && compression != DiffOutput.NO_BINARY_PATCH;
        if (!c.oldId().equals(c.newId())) {
            out.add("index " + (binaryPatch ? c.oldId().name() + ".." + c.newId().name()
                    : abbrev.hex(c.oldId()) + ".." + abbrev.hex(c.newId())));
            if (c.oldMode() == c.newMode()) {
                out.add(" " + FileChange.mode(c.oldMode()));
            }
            out.add('\n');
        }
        if (binary) {
            if (java.util.Arrays.equals(oldData, newData)) {
                return;
            }
            if (binaryPatch) {
                BinaryPatch.write(out, oldData, newData, compression);
            } else {
                out.add("Binary files ").add(c.status() == FileChange.Status.ADDED ? QuotePath.bytes("/dev/null") : a)
                        .add(" and ").add(c.status() == FileChange.Status.DELETED ? QuotePath.bytes("/dev/null") : b)
                        .add(" differ\n");
            }
            return;
        }
        if (script.isEmpty()) {
            return;
        }
        byte[] lbl0 = c.status() == FileChange.Status.ADDED ? QuotePath.bytes("/dev/null") : a;
        byte[] lbl1 = c.status() == FileChange.Status.DELETED ? QuotePath.bytes("/dev/null") : b;
        out.add("--- ").add(lbl0).add(hasSpace(lbl0) ? "\t\n" : "\n");
        out.add("+++ ").add(lbl1).add(hasSpace(lbl1) ? "\t\n" : "\n");
        Hunks.emit(out, oldLines, newLines, script, ff);
    }

    /**
     * The hunks alone, as {@code git log -p} prints them after the file header; a binary file
     * gets git's one line, {@code Binary files OLD and NEW differ} (paths without prefixes).
     */
    public void writeHunks(ByteBuf out, FuncName ff) {
        if (binary) {
            if (!java.util.Arrays.equals(oldData, newData)) {
                out.add("Binary files ")
                        .add(change.status() == FileChange.Status.ADDED ? "/dev/null" : change.oldPath())
                        .add(" and ").add(change.status() == FileChange.Status.DELETED ? "/dev/null" : change.newPath())
                        .add(" differ\n");
            }
            return;
        }
        Hunks.emit(out, oldLines, newLines, script, ff);
    }

    /** For git's patch id: both object names when the file is binary (returns true), else nothing. */
    boolean patchIdBinary(java.security.MessageDigest md) {
        if (binary) {
            md.update(QuotePath.bytes(change.oldId().name()));
            md.update(QuotePath.bytes(change.newId().name()));
        }
        return binary;
    }

    /** For git's patch id: the hunk lines without hunk headers or "\ No newline" notes, spaces removed. */
    void patchIdHunks(java.security.MessageDigest md) {
        if (script.isEmpty()) {
            return;
        }
        ByteBuf hunks = new ByteBuf();
        Hunks.emit(hunks, oldLines, newLines, LineDiff.diff(oldLines, newLines, false), FuncName.DEFAULT);
        byte[] h = hunks.toByteArray();
        int pos = 0;
        while (pos < h.length) {
            int end = pos;
            while (end < h.length && h[end] != '\n') {
                end++;
            }
            end = Math.min(end + 1, h.length);
            boolean header = h[pos] == '@';
            boolean noNewline = end - pos > 12 && h[pos] == '\\' && h[pos + 1] == ' ';
            if (!header && !noNewline) {
                PatchId.updateWithoutSpace(md, h, pos, end);
            }
            pos = end;
        }
    }

    private static boolean hasSpace(byte[] s) {
        for (byte x : s) {
            if (x == ' ') {
                return true;
            }
        }
        return false;
    }

    /** git's {@code pprint_rename}: {@code dir/{old => new}.c} around the common prefix and suffix. */
    static byte[] renameName(String oldPath, String newPath) {
        byte[] a = QuotePath.bytes(oldPath);
        byte[] b = QuotePath.bytes(newPath);
        if (QuotePath.needsQuote(a) || QuotePath.needsQuote(b)) {
            return new ByteBuf().add(QuotePath.quote(a)).add(" => ").add(QuotePath.quote(b)).toByteArray();
        }
        int pfx = 0;
        for (int i = 0; i < a.length && i < b.length && a[i] == b[i]; i++) {
            if (a[i] == '/') {
                pfx = i + 1;
            }
        }
        int sfx = 0;
        int adjust = pfx > 0 ? 1 : 0;
        int ia = a.length;
        int ib = b.length;
        while (pfx - adjust <= ia && pfx - adjust <= ib && at(a, ia) == at(b, ib)) {
            if (at(a, ia) == '/') {
                sfx = a.length - ia;
            }
            ia--;
            ib--;
        }
        int aMid = Math.max(a.length - pfx - sfx, 0);
        int bMid = Math.max(b.length - pfx - sfx, 0);
        ByteBuf out = new ByteBuf();
        if (pfx + sfx > 0) {
            out.add(a, 0, pfx).add('{');
        }
        out.add(a, pfx, pfx + aMid).add(" => ").add(b, pfx, pfx + bMid);
        if (pfx + sfx > 0) {
            out.add('}').add(a, a.length - sfx, a.length);
        }
        return out.toByteArray();
    }

    private static int at(byte[] s, int i) {
        return i >= 0 && i < s.length ? s[i] : 0;
    }
}

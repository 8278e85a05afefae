package respin.core.edit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/** A git-style unified diff of one file's old and new text, made in memory without writing objects. */
public final class UnifiedDiff {
    private UnifiedDiff() {
    }

    /** {@code diff --git} header, index line, and hunks with three lines of context. */
    public static String of(String path, String mode, String before, String after) {
        byte[] a = before.getBytes(StandardCharsets.ISO_8859_1);
        byte[] b = after.getBytes(StandardCharsets.ISO_8859_1);
        RawText ra = new RawText(a);
        RawText rb = new RawText(b);
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.MYERS)
                .diff(RawTextComparator.DEFAULT, ra, rb);
        if (edits.isEmpty()) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectInserter.Formatter f = new ObjectInserter.Formatter();
                DiffFormatter fmt = new DiffFormatter(out)) {
            String head = "diff --git a/" + path + " b/" + path + "\n"
                    + "index " + f.idFor(Constants.OBJ_BLOB, a).abbreviate(12).name() + ".."
                    + f.idFor(Constants.OBJ_BLOB, b).abbreviate(12).name() + " " + mode + "\n"
                    + "--- a/" + path + "\n+++ b/" + path + "\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            fmt.format(edits, ra, rb);
            fmt.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}

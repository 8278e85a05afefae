package respin.core.series.diff;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import respin.core.series.diff.xdiff.Ascii;

/**
 * Git's stable patch id as git 2.39 computes it for the {@code prerequisite-patch-id:} lines
 * of {@code format-patch --base}: per file, the SHA-1 of the {@code diff --git}, new/deleted/
 * old/new mode headers, then either both object names (binary files) or the {@code ---}/{@code +++}
 * lines and the hunk lines without hunk headers, all with whitespace removed; the per-file
 * hashes are added as 160-bit little-endian numbers.
 */
public final class PatchId {
    private PatchId() {
    }

    public static ObjectId of(DiffOutput diff, RevCommit c) throws IOException {
        List<FilePatch> files = diff.files(c.getParent(0).getTree(), c.getTree());
        byte[] sum = new byte[20];
        MessageDigest md = sha1();
        for (FilePatch f : files) {
            FileChange ch = f.change();
            byte[] p1 = QuotePath.bytes(ch.oldPath());
            byte[] p2 = QuotePath.bytes(ch.newPath());
            add(md, "diff--git");
            add(md, "a/");
            updateWithoutSpace(md, p1, 0, p1.length);
            add(md, "b/");
            updateWithoutSpace(md, p2, 0, p2.length);
            if (ch.status() == FileChange.Status.ADDED) {
                add(md, "newfilemode" + FileChange.mode(ch.newMode()));
            } else if (ch.status() == FileChange.Status.DELETED) {
                add(md, "deletedfilemode" + FileChange.mode(ch.oldMode()));
            } else if (ch.oldMode() != ch.newMode()) {
                add(md, "oldmode" + FileChange.mode(ch.oldMode()) + "newmode" + FileChange.mode(ch.newMode()));
            }
            if (!f.patchIdBinary(md)) {
                switch (ch.status()) {
                    case ADDED -> {
                        add(md, "---/dev/null+++b/");
                        updateWithoutSpace(md, p2, 0, p2.length);
                    }
                    case DELETED -> {
                        add(md, "---a/");
                        updateWithoutSpace(md, p1, 0, p1.length);
                        add(md, "+++/dev/null");
                    }
                    default -> {
                        add(md, "---a/");
                        updateWithoutSpace(md, p1, 0, p1.length);
                        add(md, "+++b/");
                        updateWithoutSpace(md, p2, 0, p2.length);
                    }
                }
                f.patchIdHunks(md);
            }
            byte[] h = md.digest();
            int carry = 0;
            for (int i = 0; i < 20; i++) {
                carry += (sum[i] & 0xff) + (h[i] & 0xff);
                sum[i] = (byte) carry;
                carry >>>= 8;
            }
        }
        return ObjectId.fromRaw(sum);
    }

    static void updateWithoutSpace(MessageDigest md, byte[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Ascii.isSpace(s[i])) {
                md.update(s[i]);
            }
        }
    }

    private static void add(MessageDigest md, String s) {
        md.update(QuotePath.bytes(s));
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-1 in this JVM", e);
        }
    }
}

package respin.core.series.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.revwalk.RevCommit;
import respin.core.series.diff.xdiff.Ascii;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * The shortlog of a cover letter as {@code git format-patch} writes it: authors in byte
 * order, each as {@code Name (n):} with its subjects oldest first, wrapped at 72 columns
 * with indents 2 and 4, and a blank line after each author. No .mailmap is applied.
 */
public final class Shortlog {
    private static final int WRAP = 72;

    private Shortlog() {
    }

    /** The shortlog for {@code commits} (oldest first), ending with its final blank line. */
    static ByteBuf of(List<RevCommit> commits) {
        Map<byte[], List<byte[]>> byAuthor = new TreeMap<>(Arrays::compareUnsigned);
        for (RevCommit c : commits) {
            byte[] name = c.getAuthorIdent().getName().getBytes(StandardCharsets.UTF_8);
            byAuthor.computeIfAbsent(name, k -> new ArrayList<>()).add(oneline(c));
        }
        ByteBuf out = new ByteBuf();
        for (Map.Entry<byte[], List<byte[]>> e : byAuthor.entrySet()) {
            out.add(e.getKey()).add(" (" + e.getValue().size() + "):\n");
            for (byte[] subject : e.getValue()) {
                Wrap.add(out, subject, 2, 4, WRAP);
                out.add('\n');
            }
            out.add('\n');
        }
        return out;
    }

    /** The title, without a leading {@code [PATCH ...]} tag, as shortlog's {@code insert_one_record} cleans it. */
    private static byte[] oneline(RevCommit c) {
        byte[] s = MessageText.of(rawMessage(c)).title;
        int pos = 0;
        while (pos < s.length && Ascii.isSpace(s[pos])) {
            pos++;
        }
        if (startsWith(s, pos, "[PATCH")) {
            for (int i = pos; i < s.length; i++) {
                if (s[i] == ']') {
                    pos = i + 1;
                    break;
                }
            }
        }
        while (pos < s.length && Ascii.isSpace(s[pos]) && s[pos] != '\n') {
            pos++;
        }
        byte[] rest = Arrays.copyOfRange(s, pos, s.length);
        return MessageText.of(rest).title;
    }

    private static boolean startsWith(byte[] s, int pos, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return s.length - pos >= p.length && Arrays.equals(s, pos, pos + p.length, p, 0, p.length);
    }

    /** The message bytes of a commit: everything after the header's blank line. */
    public static byte[] rawMessage(RevCommit c) {
        byte[] raw = c.getRawBuffer();
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && raw[i + 1] == '\n') {
                return Arrays.copyOfRange(raw, i + 2, raw.length);
            }
        }
        return new byte[0];
    }
}

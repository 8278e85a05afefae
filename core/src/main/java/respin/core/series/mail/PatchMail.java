package respin.core.series.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import respin.core.series.commit.SeriesException;
import respin.core.series.diff.DiffOutput;
import respin.core.series.diff.FilePatch;
import respin.core.series.diff.xdiff.Ascii;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * One commit as a format-patch mail (without signature, and without To:/Cc:, which {@link
 * FormatPatch} adds to the draft), and git's file names for the mails.
 */
final class PatchMail {
    /** format.filenameMaxLength's default. */
    private static final int NAME_MAX = 64;
    private static final String SUFFIX = ".patch";

    private PatchMail() {
    }

    static ByteBuf write(DiffOutput diff, RevCommit c, String tag, ThreadHeaders thread) throws IOException {
        List<FilePatch> files = diff.files(c.getParent(0).getTree(), c.getTree());
        if (files.isEmpty()) {
            throw new SeriesException("commit " + c.name() + " changes nothing; git format-patch would skip it");
        }
        ByteBuf sb = new ByteBuf();
        MailHeaders.mboxFrom(sb, c);
        thread.write(sb);
        MailHeaders.fromAndDate(sb, c.getAuthorIdent());
        MessageText m = MessageText.of(Shortlog.rawMessage(c));
        MailHeaders.subject(sb, tag, m.title);
        if (m.hasNonAscii()) {
            MailHeaders.mime(sb);
        }
        sb.add('\n');
        int bodyStart = sb.length();
        m.appendBody(sb);
        sb.rtrim();
        sb.add('\n');
        if (sb.length() <= bodyStart) {
            sb.add('\n');
        }
        sb.add("---\n");
        diff.write(sb, files);
        return sb;
    }

    /** {@code [vN-]NNNN-<subject>.patch}, cut to git's 64-character limit before the suffix. */
    static String fileName(String versionPrefix, int nr, byte[] sanitized) {
        StringBuilder name = new StringBuilder(versionPrefix).append(String.format("%04d-", nr))
                .append(new String(sanitized, StandardCharsets.US_ASCII));
        int max = NAME_MAX - (SUFFIX.length() + 1);
        if (name.length() > max) {
            name.setLength(max);
        }
        return name.append(SUFFIX).toString();
    }

    /** Git's {@code %f}: the subject line with runs of other characters as one '-', no trailing '.' or '-'. */
    static byte[] sanitizedSubject(RevCommit c) {
        byte[] msg = Shortlog.rawMessage(c);
        int pos = 0;
        while (pos < msg.length) {
            int end = pos;
            while (end < msg.length && msg[end] != '\n') {
                end++;
            }
            boolean blank = true;
            for (int i = pos; i < end; i++) {
                blank &= Ascii.isSpace(msg[i]);
            }
            if (!blank) {
                return sanitize(msg, pos, end);
            }
            pos = end + 1;
        }
        return new byte[0];
    }

    static byte[] sanitize(byte[] s, int from, int to) {
        ByteBuf out = new ByteBuf();
        int space = 2;
        for (int i = from; i < to; i++) {
            byte c = s[i];
            if (Ascii.isAlnum(c) || c == '.' || c == '_') {
                if (space == 1) {
                    out.add('-');
                }
                space = 0;
                out.add(c);
                if (c == '.') {
                    while (i + 1 < to && s[i + 1] == '.') {
                        i++;
                    }
                }
            } else {
                space |= 1;
            }
        }
        byte[] r = out.toByteArray();
        int len = r.length;
        while (len > 0 && (r[len - 1] == '.' || r[len - 1] == '-')) {
            len--;
        }
        return Arrays.copyOf(r, len);
    }
}

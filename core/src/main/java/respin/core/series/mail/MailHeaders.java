package respin.core.series.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import respin.core.series.diff.QuotePath;
import respin.core.series.diff.xdiff.Ascii;
import respin.core.series.diff.xdiff.ByteBuf;

/** The mail headers of {@code git format-patch}: the mbox {@code From} line, From:, Date: and Subject:. */
final class MailHeaders {
    private static final int MAX_LENGTH = 78;
    private static final int MAX_ENCODED_LENGTH = 76;
    private static final String CHARSET = "UTF-8";
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec"};

    private MailHeaders() {
    }

    static void mboxFrom(ByteBuf sb, ObjectId commit) {
        sb.add("From " + commit.name() + " Mon Sep 17 00:00:00 2001\n");
    }

    /** {@code From:} and {@code Date:}, as {@code pp_user_info} writes them for mail. */
    static void fromAndDate(ByteBuf sb, PersonIdent who) {
        byte[] name = QuotePath.bytes(who.getName());
        byte[] mail = QuotePath.bytes(who.getEmailAddress());
        int maxLength = MAX_LENGTH;
        sb.add("From: ");
        if (needsRfc2047(name)) {
            rfc2047(sb, name, true);
            maxLength = MAX_ENCODED_LENGTH;
        } else if (needsRfc822Quoting(name)) {
            Wrap.add(sb, rfc822Quoted(name), -6, 1, maxLength);
        } else {
            Wrap.add(sb, name, -6, 1, maxLength);
        }
        if (maxLength < sb.lastLineLength() + 2 + mail.length + 1) {
            sb.add('\n');
        }
        sb.add(" <").add(mail).add(">\n");
        sb.add("Date: ").add(rfc2822(who.getWhenAsInstant(), who.getZoneOffset())).add('\n');
    }

    /**
     * {@code Subject: [PATCH n/m] title}: RFC 2047-encoded when the title needs it, else
     * folded at 78 columns. {@code tag} is the bracketed part with its trailing space, or "".
     */
    static void subject(ByteBuf sb, String tag, byte[] title) {
        sb.add("Subject: ").add(tag);
        if (needsRfc2047(title)) {
            rfc2047(sb, title, false);
        } else {
            Wrap.add(sb, title, -sb.lastLineLength(), 1, MAX_LENGTH);
        }
        sb.add('\n');
    }

    static void mime(ByteBuf sb) {
        sb.add("MIME-Version: 1.0\nContent-Type: text/plain; charset=" + CHARSET
                + "\nContent-Transfer-Encoding: 8bit\n");
    }

    /** {@code [PATCH v2 03/12] } for numbered series, {@code [PATCH] } for a lone patch. */
    static String tag(String prefix, int nr, int total, boolean numbered) {
        if (numbered) {
            int digits = Integer.toString(total).length();
            return "[" + prefix + (prefix.isEmpty() ? "" : " ")
                    + String.format("%0" + digits + "d", nr) + "/" + total + "] ";
        }
        return prefix.isEmpty() ? "" : "[" + prefix + "] ";
    }

    /** Git's RFC 2822 date: {@code Tue, 2 Jan 2024 03:04:05 +0100}. */
    static String rfc2822(Instant when, ZoneOffset zone) {
        ZonedDateTime t = when.atZone(zone);
        int minutes = zone.getTotalSeconds() / 60;
        int tz = (minutes / 60) * 100 + minutes % 60;
        return String.format("%s, %d %s %d %02d:%02d:%02d %+05d", DAYS[t.getDayOfWeek().getValue() - 1],
                t.getDayOfMonth(), MONTHS[t.getMonthValue() - 1], t.getYear(), t.getHour(),
                t.getMinute(), t.getSecond(), tz);
    }

    static boolean needsRfc2047(byte[] s) {
        for (int i = 0; i < s.length; i++) {
            if (Ascii.nonAscii(s[i]) || s[i] == '\n') {
                return true;
            }
            if (i + 1 < s.length && s[i] == '=' && s[i + 1] == '?') {
                return true;
            }
        }
        return false;
    }

    /** Git's {@code add_rfc2047}: Q-encoding in words of at most 76 columns, never splitting a character. */
    static void rfc2047(ByteBuf sb, byte[] s, boolean address) {
        int lineLen = sb.lastLineLength();
        sb.add("=?" + CHARSET + "?q?");
        lineLen += CHARSET.length() + 5;
        int pos = 0;
        while (pos < s.length) {
            int chrlen = Utf8.charLength(s, pos, s.length);
            if (chrlen < 0) {
                chrlen = 1;
            }
            boolean special = chrlen > 1 || isRfc2047Special(s[pos], address);
            int encodedLen = special ? 3 * chrlen : 1;
            if (lineLen + encodedLen + 2 > MAX_ENCODED_LENGTH) {
                sb.add("?=\n =?" + CHARSET + "?q?");
                lineLen = CHARSET.length() + 5 + 1;
            }
            for (int i = 0; i < chrlen; i++) {
                if (special) {
                    sb.add(String.format("=%02X", s[pos + i] & 0xff));
                } else {
                    sb.add(s[pos + i]);
                }
            }
            lineLen += encodedLen;
            pos += chrlen;
        }
        sb.add("?=");
    }

    private static boolean isRfc2047Special(byte b, boolean address) {
        int c = b & 0xff;
        if (Ascii.nonAscii(c) || c < 0x20 || c > 0x7e) {
            return true;
        }
        if (Ascii.isSpace(c) || c == '=' || c == '?' || c == '_') {
            return true;
        }
        if (!address) {
            return false;
        }
        return !(Ascii.isAlnum(c) || c == '!' || c == '*' || c == '+' || c == '-' || c == '/');
    }

    private static boolean needsRfc822Quoting(byte[] s) {
        for (byte b : s) {
            if ("()<>[]:;@,.\"\\".indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static byte[] rfc822Quoted(byte[] s) {
        ByteBuf out = new ByteBuf().add('"');
        for (byte b : s) {
            if (b == '"' || b == '\\') {
                out.add('\\');
            }
            out.add(b);
        }
        return out.add('"').toByteArray();
    }
}

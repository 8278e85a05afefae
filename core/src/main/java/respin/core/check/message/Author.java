package respin.core.check.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.Emails;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;

/**
 * The patch author ({@code From:}) and how the sign-offs match it, as checkpatch.pl reckons them.
 *
 * @param author the last {@code From:} line's address, decoded, without quotes, reformatted; empty
 *     when there is none
 * @param match checkpatch's {@code $authorsignoff}: 0 no sign-off by the author, 1 identical,
 *     2 comments differ, 3 names differ, 4 addresses differ, 5 addresses differ only in a
 *     {@code +subaddress}
 * @param signOff the sign-off that matched in part (for 2 to 5), else empty
 */
record Author(String author, int match, String signOff) {
    private static final Pattern FROM = Pattern.compile("^From:\\s*(.*)", Pattern.UNIX_LINES);
    private static final Pattern CONTINUED = Pattern.compile("^[ \t]\\s*(.*)", Pattern.UNIX_LINES);
    private static final Pattern SIGN_OFF = Pattern.compile("^\\s*signed-off-by:\\s*(.*)",
            Pattern.UNIX_LINES | Pattern.CASE_INSENSITIVE);
    private static final Pattern ENCODED = Pattern.compile("=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?=(?:\\s+(?==\\?))?");
    private static final Pattern SUBADDRESS = Pattern.compile("(\\S+)\\+\\S+(@.*)");

    /** The author as checkpatch holds it at the end of the patch. */
    static String of(PatchText patch) {
        return scan(patch).author();
    }

    /** Author and sign-off match, over the whole patch. */
    static Author scan(PatchText patch) {
        String author = "";
        int match = 0;
        String sob = "";
        for (PatchLine l : patch.lines()) {
            if (!patch.context().checked(l)) {
                continue;
            }
            Matcher from = FROM.matcher(decode(l.sanitized()));
            if (from.find()) {
                StringBuilder a = new StringBuilder(from.group(1));
                for (int n = l.number() + 1; patch.line(n) != null; n++) {
                    Matcher c = CONTINUED.matcher(patch.line(n).text());
                    if (!c.find()) {
                        break;
                    }
                    a.append(c.group(1));
                }
                author = Emails.parse(a.toString().replace("\"", "")).format();
            }
            Matcher so = SIGN_OFF.matcher(l.sanitized());
            if (so.find() && !author.isEmpty() && match != 1) {
                String ctx = so.group(1);
                if (Emails.same(ctx, author)) {
                    match = 1;
                    continue;
                }
                Emails e = Emails.parse(ctx);
                Emails a = Emails.parse(author);
                boolean address = e.address().equalsIgnoreCase(a.address());
                if (address || e.name().equals(a.name())) {
                    sob = ctx;
                    match = address && e.name().equals(a.name()) ? 2 : address ? 3 : 4;
                    if (match == 4 && withoutSubaddress(e.address()).equals(withoutSubaddress(a.address()))) {
                        match = 5;
                    }
                }
            }
        }
        return new Author(author, match, sob);
    }

    private static String withoutSubaddress(String address) {
        Matcher m = SUBADDRESS.matcher(address);
        return m.find() ? m.group(1) + m.group(2) : address;
    }

    /** Perl's {@code decode("MIME-Header", line)} for the encoded words mail headers use. */
    static String decode(String line) {
        if (!line.contains("=?")) {
            return line;
        }
        Matcher m = ENCODED.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Charset cs;
            try {
                cs = Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(m.group(3))
                    : quoted(m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, cs)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static byte[] quoted(String q) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '_') {
                b.write(' ');
            } else if (c == '=' && i + 2 < q.length() && isHex(q.charAt(i + 1)) && isHex(q.charAt(i + 2))) {
                b.write(Integer.parseInt(q.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return b.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}

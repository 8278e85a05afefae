package respin.core.check.patch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * checkpatch.pl's {@code parse_email}, {@code format_email} and {@code same_email_addresses}:
 * how it splits {@code Name (comment) <address> comment} and compares authors with sign-offs.
 *
 * @param name the name, quoted when it holds characters other than word characters, spaces and
 *     dashes
 * @param nameComment parenthesised comments taken out of the name
 * @param address the address without angle brackets
 * @param comment what follows the address
 */
public record Emails(String name, String nameComment, String address, String comment) {
    private static final Pattern BRACKETED = Pattern.compile("^(.*)<(\\S+@\\S+)>(.*)$", Pattern.DOTALL);
    private static final Pattern BRACKETED_ONLY = Pattern.compile("^\\s*<(\\S+@\\S+)>(.*)$", Pattern.DOTALL);
    private static final Pattern BARE = Pattern.compile("(\\S+@\\S+)(.*)$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"(.+)\"");
    private static final Pattern MUST_QUOTE = Pattern.compile("[^\\w \\-]", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNESCAPED_QUOTE = Pattern.compile("(?<!\\\\)\"");

    /** {@code parse_email}. */
    public static Emails parse(String formatted) {
        String name = "";
        String address = "";
        String comment = "";
        Matcher m;
        if ((m = BRACKETED.matcher(formatted)).find()) {
            name = m.group(1);
            address = m.group(2);
            comment = m.group(3);
        } else if ((m = BRACKETED_ONLY.matcher(formatted)).find()) {
            address = m.group(1);
            comment = m.group(2);
        } else if ((m = BARE.matcher(formatted)).find()) {
            address = m.group(1);
            comment = m.group(2);
            name = trim(formatted.substring(0, formatted.indexOf(address)));
            name = name.replaceAll("^\"|\"$", "");
            if (!name.isEmpty() && !address.matches("^<[^>]+>$")) {
                name = "";
                address = "";
                comment = "";
            }
        }
        String quoted = "";
        Matcher q = QUOTED.matcher(name);
        if (q.find()) {
            quoted = q.group(1);
            name = name.substring(0, q.start()) + name.substring(q.end());
        }
        StringBuilder nameComment = new StringBuilder();
        for (int open = parenAfterSpace(name); open >= 0; open = parenAfterSpace(name)) {
            int end = BalancedParens.end(name, open);
            int from = open;
            while (from > 0 && Character.isWhitespace(name.charAt(from - 1))) {
                from--;
            }
            int to = end;
            while (to < name.length() && Character.isWhitespace(name.charAt(to))) {
                to++;
            }
            nameComment.append(trim(name.substring(open, end)));
            name = name.substring(0, from) + " " + name.substring(to);
        }
        name = name.replaceAll("^[ \"]+|[ \"]+$", "");
        name = trim(quoted + " " + name);
        address = trim(address).replaceAll("^<|>$", "");
        comment = trim(comment);
        return new Emails(quote(name), nameComment.toString(), address, comment);
    }

    /** The first {@code (} that opens a balanced group, or -1. */
    private static int parenAfterSpace(String s) {
        for (int i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1)) {
            if (BalancedParens.end(s, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    private static String quote(String name) {
        if (MUST_QUOTE.matcher(name).find()) {
            return "\"" + UNESCAPED_QUOTE.matcher(name).replaceAll("\\\\\"") + "\"";
        }
        return name;
    }

    /** {@code format_email}. */
    public String format() {
        String n = quote(name.replaceAll("^[ \"]+|[ \"]+$", ""));
        String a = trim(address).replaceAll("(?:\\.|,|\")+$", "");
        String nc = trim(nameComment);
        nc = nc.isEmpty() ? "" : " " + nc;
        String c = trim(comment);
        c = c.isEmpty() ? "" : " " + c;
        return (n.isEmpty() ? a : n + nc + " <" + a + ">") + c;
    }

    /** {@code same_email_addresses}. */
    public static boolean same(String a, String b) {
        return parse(a).equals(parse(b));
    }

    /** Perl's {@code s/^\s+|\s+$//g}. */
    public static String trim(String s) {
        return s.replaceAll("^\\s+|\\s+$", "");
    }
}

package respin.core.check.message;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.Emails;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * checkpatch.pl's BAD_SIGN_OFF on a tag line ({@code Signed-off-by:}, any {@code ...-by:},
 * {@code Cc:}, {@code To:}) after the mail headers: a non-standard tag, space before it, a tag
 * not spelled {@code Xxx-by:}, other than one space after it, an address it cannot read (ERROR),
 * an address better written otherwise, text after the address, a repeated tag line, and a
 * {@code Co-developed-by:} not followed by its {@code Signed-off-by:}.
 */
public final class BadSignOff implements Rule {
    private static final Pattern TAG = Pattern.compile(
            "^(\\s*)([a-z0-9_-]+by:|" + CommitLogLongLine.SIGNATURE_TAGS + ")(\\s*)(.*)",
            Pattern.UNIX_LINES | Pattern.CASE_INSENSITIVE);
    private static final Pattern KNOWN = Pattern.compile(CommitLogLongLine.SIGNATURE_TAGS, Pattern.CASE_INSENSITIVE);
    private static final List<String> STANDARD = List.of("Signed-off-by:", "Co-developed-by:", "Acked-by:",
            "Tested-by:", "Reviewed-by:", "Reported-by:", "Suggested-by:");
    private static final Pattern NEXT_SIGN_OFF = Pattern.compile("^signed-off-by:\\s*(.*)",
            Pattern.UNIX_LINES | Pattern.CASE_INSENSITIVE);

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        Set<String> seen = new HashSet<>();
        String author = Author.of(patch);
        for (PatchLine l : patch.lines()) {
            Matcher m = TAG.matcher(patch.context().perlSanitized(l));
            if (!patch.context().checked(l) || patch.context().inHeaderLines(l) || !m.find()) {
                continue;
            }
            Consumer<String> warn = msg -> out.accept(Finding.at(Level.WARNING, "BAD_SIGN_OFF", msg, l, false));
            String tag = patch.context().fromPerl(m.group(2));
            String email = patch.context().fromPerl(m.group(4));
            String ucfirst = ucfirst(tag);
            if (!KNOWN.matcher(tag).find()) {
                String suggested = STANDARD.stream().filter(s -> distance(tag, s) <= 2).findFirst().orElse("");
                warn.accept(suggested.isEmpty() ? "Non-standard signature: " + tag
                        : "Non-standard signature: '" + tag + "' - perhaps '" + suggested + "'?");
            }
            if (!m.group(1).isEmpty()) {
                warn.accept("Do not use whitespace before " + ucfirst);
            }
            if (tag.toLowerCase(Locale.ROOT).endsWith("-by:") && !tag.equals(ucfirst)) {
                warn.accept("'" + ucfirst + "' is the preferred signature form");
            }
            if (!m.group(3).equals(" ")) {
                warn.accept("Use a single space after " + ucfirst);
            }
            if (tag.regionMatches(true, 0, "Assisted-by:", 0, 12)) {
                if (!email.matches("^\\S+:\\S+[\\s\\S]*")) {
                    warn.accept("Assisted-by expects 'AGENT_NAME:MODEL_VERSION [TOOL1] [TOOL2]' format");
                }
                continue;
            }
            address(l, email, out, warn);
            String key = asciiLower(patch.context().perlSanitized(l).replaceAll("\\s", ""));
            if (!seen.add(key)) {
                warn.accept("Duplicate signature");
            }
            if (tag.equalsIgnoreCase("co-developed-by:")) {
                coDeveloped(patch, l, email, author, out);
            }
        }
    }

    private static void address(PatchLine l, String email, Consumer<Finding> out, Consumer<String> warn) {
        Emails parsed = Emails.parse(email);
        String suggested = parsed.format();
        if (suggested.isEmpty()) {
            out.accept(Finding.at(Level.ERROR, "BAD_SIGN_OFF", "Unrecognized email address: '" + email + "'", l,
                    false));
            return;
        }
        if (!Emails.same(email, suggested)) {
            warn.accept("email address '" + email + "' might be better as '" + suggested + "'");
        }
        String stripped = parsed.address().replaceAll("\\([^()]*\\)", "");
        if (!parsed.address().equals(stripped)) {
            warn.accept("address part of email should not have comments: '" + parsed.address() + "'");
        }
        if (Pattern.compile("\\([^)]+\\)").matcher(parsed.nameComment()).results().count() > 1) {
            warn.accept("Use a single name comment in email: '" + email + "'");
        }
        String comment = parsed.comment();
        if (!Pattern.compile("^.*stable@(?:vger\\.)?kernel\\.org", Pattern.CASE_INSENSITIVE).matcher(email).find()
                && !comment.isEmpty() && !comment.matches("(?s)^(?:#.+|\\(.+\\))$")) {
            String c = comment.replaceAll("^\\[(.*)\\]$", "$1").replaceAll("^/\\*(.*)\\*/$", "$1");
            c = Emails.trim(c).replaceAll("^[^\\w]$", "");
            c = c.isEmpty() ? "" : "(" + c + ")";
            String better = new Emails(parsed.name(), parsed.nameComment(), parsed.address(), c).format();
            warn.accept("Unexpected content after email: '" + email + "', should be: '" + better + "'");
        }
    }

    private static void coDeveloped(PatchText patch, PatchLine l, String email, String author,
            Consumer<Finding> out) {
        String type = "BAD_SIGN_OFF";
        if (email.equals(author)) {
            out.accept(Finding.at(Level.WARNING, type,
                    "Co-developed-by: should not be used to attribute nominal patch author '" + author + "'", l,
                    false));
        }
        PatchLine next = patch.line(l.number() + 1);
        if (next == null) {
            out.accept(Finding.at(Level.WARNING, type, "Co-developed-by: must be immediately followed by "
                    + "Signed-off-by:", l, false));
            return;
        }
        Matcher m = NEXT_SIGN_OFF.matcher(next.text());
        if (!m.find()) {
            out.accept(Finding.at(Level.WARNING, type, "Co-developed-by: must be immediately followed by "
                    + "Signed-off-by:", l, l.text() + "\n" + next.text()));
        } else if (!m.group(1).equals(email)) {
            out.accept(Finding.at(Level.WARNING, type, "Co-developed-by and Signed-off-by: name/email do not match",
                    l, l.text() + "\n" + next.text()));
        }
    }

    /** Perl's {@code lc} on bytes: ASCII letters only. */
    private static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    /** Perl's {@code ucfirst(lc($s))}. */
    private static String ucfirst(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** checkpatch's {@code get_edit_distance}: Levenshtein, ignoring case and dashes. */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT).replace("-", "");
        String t = b.toLowerCase(Locale.ROOT).replace("-", "");
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            for (int j = 0; j <= t.length(); j++) {
                if (i == 0) {
                    d[i][j] = j;
                } else if (j == 0) {
                    d[i][j] = i;
                } else if (s.charAt(i - 1) == t.charAt(j - 1)) {
                    d[i][j] = d[i - 1][j - 1];
                } else {
                    d[i][j] = 1 + Math.min(d[i][j - 1], Math.min(d[i - 1][j], d[i - 1][j - 1]));
                }
            }
        }
        return d[s.length()][t.length()];
    }
}

package respin.core.check.patch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * checkpatch.pl's {@code sanitise_line}: blanks comments to {@code \u001c} and the insides of
 * string and character literals to {@code X}, carrying an open block comment from line to line.
 */
public final class Sanitizer {
    /** Perl's {@code $;}, which checkpatch writes over comment characters. */
    public static final char COMMENT = '\u001c';

    private static final int FLAGS = Pattern.UNIX_LINES;
    private static final Pattern INCLUDE = Pattern.compile("^.\\s*#\\s*include\\s+<(.*)>", FLAGS);
    private static final Pattern INCLUDE_PATH = Pattern.compile("<.*>", FLAGS);
    private static final Pattern ERROR = Pattern.compile("^.\\s*#\\s*(?:error|warning)\\s+(.*)\\b", FLAGS);
    private static final Pattern ERROR_TEXT = Pattern.compile("(#\\s*(?:error|warning)\\s+).*", FLAGS);
    private static final Pattern C99_COMMENT = Pattern.compile("//.*$", FLAGS);

    private String quote = "";

    /** {@code sanitise_line_reset}: starts a hunk, inside a block comment or not. */
    void reset(boolean inComment) {
        quote = inComment ? "*/" : "";
    }

    String sanitize(String line) {
        if (line.isEmpty()) {
            return line;
        }
        StringBuilder res = new StringBuilder(line.length() + 1);
        res.append(line.charAt(0));
        for (int off = 1; off < line.length(); off++) {
            char c = line.charAt(off);
            if (quote.isEmpty() && line.startsWith("/*", off)) {
                quote = "*/";
                res.append(COMMENT).append(COMMENT);
                off++;
                continue;
            }
            if (quote.equals("*/") && line.startsWith("*/", off)) {
                quote = "";
                res.append(COMMENT).append(COMMENT);
                off++;
                continue;
            }
            if (quote.isEmpty() && line.startsWith("//", off)) {
                quote = "//";
                res.append("//");
                off++;
                continue;
            }
            if ((quote.equals("'") || quote.equals("\"")) && c == '\\') {
                res.append("XX");
                off++;
                continue;
            }
            if (c == '\'' || c == '"') {
                if (quote.isEmpty()) {
                    quote = String.valueOf(c);
                    res.append(c);
                    continue;
                } else if (quote.equals(String.valueOf(c))) {
                    quote = "";
                }
            }
            if ((quote.equals("*/") || quote.equals("//")) && c != '\t') {
                res.append(COMMENT);
            } else if (!quote.isEmpty() && c != '\t') {
                res.append('X');
            } else {
                res.append(c);
            }
        }
        if (quote.equals("//")) {
            quote = "";
        }
        String out = res.toString();
        Matcher m = INCLUDE.matcher(out);
        if (m.find()) {
            String clean = "X".repeat(m.group(1).length());
            out = INCLUDE_PATH.matcher(out).replaceFirst(Matcher.quoteReplacement("<" + clean + ">"));
        } else if ((m = ERROR.matcher(out)).find()) {
            String clean = "X".repeat(m.group(1).length());
            Matcher t = ERROR_TEXT.matcher(out);
            if (t.find()) {
                out = out.substring(0, t.start()) + t.group(1) + clean + out.substring(t.end());
            }
        }
        Matcher c99 = C99_COMMENT.matcher(out);
        if (c99.find()) {
            out = out.substring(0, c99.start())
                    + String.valueOf(COMMENT).repeat(c99.end() - c99.start())
                    + out.substring(c99.end());
        }
        return out;
    }
}

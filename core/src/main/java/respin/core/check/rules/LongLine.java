package respin.core.check.rules;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.patch.Sanitizer;
import respin.core.check.patch.SourceFiles;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * WARNING:LONG_LINE on an added source line wider than the limit (tabs to 8 columns), with
 * checkpatch.pl's exceptions and its two other types: LONG_LINE_COMMENT when a comment, and
 * LONG_LINE_STRING when a string, starts within the limit and runs past it.
 *
 * <p>Not reported: a logging call whose format string starts within the limit, a line holding
 * only a string (or a {@code #define} of one), {@code EFI_GUID(} and {@code DEFINE_PER_CPU}
 * lines, and lines with a URL.
 */
public final class LongLine implements Rule {
    /** checkpatch's default {@code --max-line-length}. */
    public static final int DEFAULT_MAX = 100;

    private static final int F = Pattern.UNIX_LINES;
    private static final String STRING = "(?:\\b[Lu])?\"[X\t]*\"";
    private static final String LOG_FUNCTIONS = "(?:"
            + "printk(?:_ratelimited|_once|_deferred_once|_deferred|)|"
            + "(?:[a-z0-9]+_){1,2}(?:printk|emerg|alert|crit|err|warning|warn|notice|info|debug|dbg|vdbg"
            + "|devel|cont|WARN)(?:_ratelimited|_once|)|"
            + "TP_printk|"
            + "WARN(?:_RATELIMIT|_ONCE|)|"
            + "panic|"
            + "MODULE_[A-Z_]+|"
            + "seq_vprintf|seq_printf|seq_puts"
            + ")";
    private static final Pattern LOG_CALL = Pattern.compile(
            "^\\+\\s*" + LOG_FUNCTIONS + "\\s*\\(\\s*(?:(?:KERN_\\S+\\s*|[^\"]*))?(" + STRING
                    + "\\s*(?:|,|\\)\\s*;)\\s*)$", F);
    private static final Pattern ONLY_STRING = Pattern.compile("^\\+\\s*" + STRING + "\\s*(?:\\s*|,|\\)\\s*;)\\s*$", F);
    private static final Pattern DEFINE_STRING = Pattern.compile("^\\+\\s*#\\s*define\\s+\\w+\\s+" + STRING + "$", F);
    private static final Pattern EFI_GUID = Pattern.compile("^\\+.*\\bEFI_GUID\\s*\\(", F);
    private static final Pattern PER_CPU = Pattern.compile("^\\+\\s*(?:\\w+)?\\s*DEFINE_PER_CPU", F);
    private static final Pattern URL =
            Pattern.compile("^\\+.*\\b[a-z][\\w.+\\-]*://\\S+", F | Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_TAIL = Pattern.compile("(\u001c[\\s\u001c]*)$", F);
    private static final Pattern STRING_TAIL =
            Pattern.compile("\\s*(" + STRING + "(?:\\s*(?:\\\\|,\\s*|\\)\\s*;\\s*))?)$", F);

    private final int max;

    /** With checkpatch's default limit of 100 columns. */
    public LongLine() {
        this(DEFAULT_MAX);
    }

    /** With {@code max} columns, as {@code --max-line-length=max}. */
    public LongLine(int max) {
        this.max = max;
    }

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        for (PatchLine l : patch.lines()) {
            if (!SourceFiles.addedIn(l, SourceFiles.SOURCE)) {
                continue;
            }
            int length = patch.columns(l.text().substring(1));
            if (length <= max) {
                continue;
            }
            String type = type(patch, l);
            if (type != null) {
                out.accept(Finding.at(Level.WARNING, type,
                        "line length of " + length + " exceeds " + max + " columns", l, false));
            }
        }
    }

    /** The type to report, or null for an allowed long line. */
    private String type(PatchText patch, PatchLine l) {
        String line = l.sanitized();
        Matcher m = LOG_CALL.matcher(line);
        if (m.find() && startsWithin(patch, l, m.start(1))) {
            return null;
        }
        if (ONLY_STRING.matcher(line).find() || DEFINE_STRING.matcher(line).find()) {
            return null;
        }
        if (EFI_GUID.matcher(line).find() || PER_CPU.matcher(line).find()) {
            return null;
        }
        if (URL.matcher(l.text()).find()) {
            return null;
        }
        if ((m = COMMENT_TAIL.matcher(line)).find() && startsWithin(patch, l, m.start(1))) {
            return "LONG_LINE_COMMENT";
        }
        String sline = line.replace(Sanitizer.COMMENT, ' ');
        if ((m = STRING_TAIL.matcher(sline)).find() && startsWithin(patch, l, m.start(1))) {
            return "LONG_LINE_STRING";
        }
        return "LONG_LINE";
    }

    /** Whether the text before {@code tail} (after the {@code +}) fits in the limit. */
    private boolean startsWithin(PatchText patch, PatchLine l, int tail) {
        // checkpatch measures the sanitized text; the raw text has the same characters there
        // outside strings and comments, and the right byte count inside them
        int end = Math.min(tail, l.text().length());
        return patch.columns(l.text().substring(Math.min(1, end), end)) <= max;
    }
}

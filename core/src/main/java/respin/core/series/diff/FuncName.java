package respin.core.series.diff;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.series.diff.xdiff.Ascii;

/**
 * How git picks the text after {@code @@ ... @@} in a hunk header: xdiff's default (a line
 * starting with a letter, {@code _} or {@code $}) or a diff driver's funcname regexes.
 */
public abstract class FuncName {
    /** Git keeps at most this many bytes of a function line. */
    static final int MAX = 80;

    /** Git's built-in {@code cpp} driver (diff=cpp in .gitattributes, as the kernel sets for *.c and *.h). */
    static final FuncName CPP = new Regex(new String[] {
        "!^[ \t]*[A-Za-z_][A-Za-z_0-9]*:[ \t\n\r\f\u000b]*($|/[/*])",
        "^((::[ \t\n\r\f\u000b]*)?[A-Za-z_].*)$",
    });

    /** The section headers of {@code git range-diff}'s inner diff ({@code ## Metadata ##}, {@code @@ file: func}). */
    public static final FuncName RANGE_DIFF = new Regex(new String[] {"^ ## (.*) ##$", "^.?@@ (.*)$"});

    /** xdiff's {@code def_ff}, used when no driver is set. */
    public static final FuncName DEFAULT = new FuncName() {
        @Override
        byte[] match(byte[] d, int from, int to) {
            int len = to - from;
            if (len <= 0) {
                return null;
            }
            int c = d[from];
            if (!Ascii.isAlpha(c) && c != '_' && c != '$') {
                return null;
            }
            return trimmed(d, from, Math.min(len, MAX));
        }
    };

    /** The funcname finder for a {@code diff} attribute value; unknown drivers use the default. */
    static FuncName forDriver(String driver) {
        return "cpp".equals(driver) ? CPP : DEFAULT;
    }

    /** The function text for the record {@code d[from, to)}, or null if it is not a function line. */
    abstract byte[] match(byte[] d, int from, int to);

    static byte[] trimmed(byte[] d, int from, int len) {
        while (len > 0 && Ascii.isSpace(d[from + len - 1])) {
            len--;
        }
        byte[] out = new byte[len];
        System.arraycopy(d, from, out, 0, len);
        return out;
    }

    /** git's {@code ff_regexp}: the first matching pattern wins; a negated one means "not a function line". */
    private static final class Regex extends FuncName {
        private final Pattern[] patterns;
        private final boolean[] negate;

        Regex(String[] sources) {
            patterns = new Pattern[sources.length];
            negate = new boolean[sources.length];
            for (int i = 0; i < sources.length; i++) {
                negate[i] = sources[i].startsWith("!");
                String re = negate[i] ? sources[i].substring(1) : sources[i];
                patterns[i] = Pattern.compile(re, Pattern.UNIX_LINES | Pattern.DOTALL);
            }
        }

        @Override
        byte[] match(byte[] d, int from, int to) {
            int len = to - from;
            if (len > 0 && d[from + len - 1] == '\n') {
                len -= len > 1 && d[from + len - 2] == '\r' ? 2 : 1;
            }
            String line = new String(d, from, len, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < patterns.length; i++) {
                Matcher m = patterns[i].matcher(line);
                if (m.find()) {
                    if (negate[i]) {
                        return null;
                    }
                    int g = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
                    int start = m.start(g);
                    return trimmed(d, from + start, Math.min(m.end(g) - start, MAX));
                }
            }
            return null;
        }
    }
}

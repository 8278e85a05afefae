package respin.core.check.patch;

import static respin.core.check.patch.CSyntax.CONSTANT;
import static respin.core.check.patch.CSyntax.LVAL;
import static respin.core.check.patch.CSyntax.NONPTR_TYPE;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** checkpatch.pl's {@code pos_last_openparen}: the column just after a line's last unclosed {@code (}. */
public final class OpenParen {
    private static final String TYPECAST = "\\s*(?:\\(\\s*" + NONPTR_TYPE + "\\s*\\))?\\s*";
    private static final Pattern LVAL_START = CSyntax.compile("^" + TYPECAST + "(?:[&*]\\s*)?" + LVAL + "\\s*");
    private static final Pattern VALUE = CSyntax.compile("^" + TYPECAST + "(?:" + CONSTANT + "|(?:\\b[Lu])?\"[X\\t]*\")");
    private static final Pattern SPACES = CSyntax.compile("^\\s*");

    private OpenParen() {}

    /**
     * The expanded width of {@code line} up to its last open parenthesis that stays unclosed, plus
     * one; -1 when every parenthesis closes (or there is none).
     */
    public static int lastColumn(String line) {
        long opens = line.chars().filter(c -> c == '(').count();
        long closes = line.chars().filter(c -> c == ')').count();
        if (opens == 0 || closes >= opens) {
            return -1;
        }
        int last = 0;
        for (int pos = 0; pos < line.length(); pos++) {
            int skip = funcArgOrParens(line, pos);
            if (skip > 0) {
                pos += skip - 1;
            } else if (line.charAt(pos) == '(') {
                last = pos;
            } else if (line.indexOf('(', pos) < 0) {
                break;
            }
        }
        return Columns.width(line.substring(0, last), false) + 1;
    }

    /** The length of {@code ^($FuncArg|$balanced_parens)} at {@code pos}, or 0. */
    private static int funcArgOrParens(String line, int pos) {
        String rest = line.substring(pos);
        Matcher m = LVAL_START.matcher(rest);
        if (m.find()) {
            int end = m.end();
            int parens = BalancedParens.end(rest, end);
            if (parens > 0) {
                Matcher s = SPACES.matcher(rest.substring(parens));
                s.find();
                end = parens + s.end();
            }
            return end;
        }
        if ((m = VALUE.matcher(rest)).find()) {
            return m.end();
        }
        int parens = BalancedParens.end(rest, 0);
        return Math.max(parens, 0);
    }
}

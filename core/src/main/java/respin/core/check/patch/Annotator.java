package respin.core.check.patch;

import static respin.core.check.patch.CSyntax.ASSIGNMENT;
import static respin.core.check.patch.CSyntax.CONSTANT;
import static respin.core.check.patch.CSyntax.IDENT;
import static respin.core.check.patch.CSyntax.MODIFIER;
import static respin.core.check.patch.CSyntax.OPERATORS;
import static respin.core.check.patch.CSyntax.TYPE;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * checkpatch.pl's {@code annotate_values}: for each character of a line, what kind of value the
 * text so far ends in ({@code E} start, {@code V} value, {@code N} operator, {@code T} type,
 * {@code C} comma, ...), and whether each {@code *}, {@code &}, {@code -}, {@code +} is unary
 * ({@code U}) or binary ({@code B}). Its state runs on from line to line within a hunk.
 */
public final class Annotator {
    private static final Pattern WS = p("(\\s+)");
    private static final Pattern CAST = p("(\\(\\s*" + TYPE + "\\s*)\\)");
    private static final Pattern DECLARE = p("(" + TYPE + ")\\s*(?:" + IDENT + "|,|\\)|\\(|\\s*$)");
    private static final Pattern MODIFIERS = p("(" + MODIFIER + ")\\s*");
    private static final Pattern DEFINE = p("(#\\s*define\\s*" + IDENT + ")(\\(?)");
    private static final Pattern UNDEF = p("(#\\s*(?:undef\\s*" + IDENT + "|include\\b))");
    private static final Pattern PRE_START = p("(#\\s*(?:ifdef|ifndef|if))");
    private static final Pattern PRE_RESTART = p("(#\\s*(?:else|elif))");
    private static final Pattern PRE_END = p("(#\\s*(?:endif))");
    private static final Pattern PRECONT = p("(\\\\\\n)");
    private static final Pattern ATTR = p("(__attribute__)\\s*\\(?");
    private static final Pattern SIZEOF = p("(sizeof)\\s*(\\()?");
    private static final Pattern COND = p("(if|while|for)\\b");
    private static final Pattern CASE = p("(case)");
    private static final Pattern KEYWORD = p("(return|else|goto|typeof|__typeof__)\\b");
    private static final Pattern OPEN = p("(\\()");
    private static final Pattern CLOSE = p("(\\))");
    private static final Pattern FUNC = p("(" + IDENT + ")\\s*\\(");
    private static final Pattern IDENT_COLON = p("(" + IDENT + "\\s*):(?:\\s*\\d+\\s*(,|=|;))?");
    private static final Pattern VALUE = p("(" + IDENT + "|" + CONSTANT + ")");
    private static final Pattern ASSIGN = p("(" + ASSIGNMENT + ")");
    private static final Pattern END = p("(;|\\{|\\})");
    private static final Pattern COMMA = p("(,)");
    private static final Pattern QUESTION = p("(\\?)");
    private static final Pattern COLON = p("(:)");
    private static final Pattern BRACKET = p("(\\[)");
    private static final Pattern OPV = p("(-(?![->])|\\+(?!\\+)|\\*|&&|&)");
    private static final Pattern OP = p("(" + OPERATORS + ")");
    private static final Pattern ANY = p("(.)");

    private boolean preprocessor;
    private char pending = '_';
    private final Deque<Character> parens = new ArrayDeque<>();
    private char pendColon = 'O';

    public Annotator() {
        parens.push('E');
    }

    private static Pattern p(String regex) {
        return Pattern.compile("^" + regex, Pattern.UNIX_LINES);
    }

    /** {@code annotate_reset}, at a hunk. */
    public void reset() {
        preprocessor = false;
        pending = '_';
        parens.clear();
        parens.push('E');
        pendColon = 'O';
    }

    /** The values and the variants of {@code stream}, starting after a value of kind {@code type}. */
    public String[] annotate(String stream, char type) {
        StringBuilder res = new StringBuilder();
        char[] var = "_".repeat(stream.length()).toCharArray();
        int pos = 0;
        while (pos < stream.length()) {
            if (parens.isEmpty()) {
                parens.push('E');
            }
            Matcher m;
            if ((m = at(WS, stream, pos)) != null) {
                if (m.group(1).indexOf('\n') >= 0 && preprocessor) {
                    type = pop();
                    preprocessor = false;
                }
            } else if ((m = at(CAST, stream, pos)) != null && pending == '_') {
                parens.push(type);
                type = 'c';
            } else if ((m = at(DECLARE, stream, pos)) != null || (m = at(MODIFIERS, stream, pos)) != null) {
                type = 'T';
            } else if ((m = at(DEFINE, stream, pos)) != null) {
                preprocessor = true;
                parens.push(type);
                if (!m.group(2).isEmpty()) {
                    pending = 'N';
                }
                type = 'E';
            } else if ((m = at(UNDEF, stream, pos)) != null) {
                preprocessor = true;
                parens.push(type);
            } else if ((m = at(PRE_START, stream, pos)) != null) {
                preprocessor = true;
                parens.push(type);
                parens.push(type);
                type = 'E';
            } else if ((m = at(PRE_RESTART, stream, pos)) != null) {
                preprocessor = true;
                parens.push(parens.peek());
                type = 'E';
            } else if ((m = at(PRE_END, stream, pos)) != null) {
                preprocessor = true;
                pop();
                parens.push(type);
                type = 'E';
            } else if ((m = at(PRECONT, stream, pos)) != null) {
                // a continued preprocessor line
            } else if ((m = at(ATTR, stream, pos)) != null) {
                pending = type;
                type = 'N';
            } else if ((m = at(SIZEOF, stream, pos)) != null) {
                if (m.group(2) != null) {
                    pending = 'V';
                }
                type = 'N';
            } else if ((m = at(COND, stream, pos)) != null) {
                pending = 'E';
                type = 'N';
            } else if ((m = at(CASE, stream, pos)) != null) {
                pendColon = 'C';
                type = 'N';
            } else if ((m = at(KEYWORD, stream, pos)) != null) {
                type = 'N';
            } else if ((m = at(OPEN, stream, pos)) != null) {
                parens.push(pending);
                pending = '_';
                type = 'N';
            } else if ((m = at(CLOSE, stream, pos)) != null) {
                char t = pop();
                if (t != '_') {
                    type = t;
                }
            } else if ((m = at(FUNC, stream, pos)) != null) {
                type = 'V';
                pending = 'V';
            } else if ((m = at(IDENT_COLON, stream, pos)) != null) {
                if (m.group(2) != null && type == 'C' || type == 'T') {
                    pendColon = 'B';
                } else if (type == 'E') {
                    pendColon = 'L';
                }
                type = 'V';
            } else if ((m = at(VALUE, stream, pos)) != null) {
                type = 'V';
            } else if ((m = at(ASSIGN, stream, pos)) != null) {
                type = 'N';
            } else if ((m = at(END, stream, pos)) != null) {
                type = 'E';
                pendColon = 'O';
            } else if ((m = at(COMMA, stream, pos)) != null) {
                type = 'C';
            } else if ((m = at(QUESTION, stream, pos)) != null) {
                type = 'N';
            } else if ((m = at(COLON, stream, pos)) != null) {
                var[res.length()] = pendColon;
                type = pendColon == 'C' || pendColon == 'L' ? 'E' : 'N';
                pendColon = 'O';
            } else if ((m = at(BRACKET, stream, pos)) != null) {
                type = 'N';
            } else if ((m = at(OPV, stream, pos)) != null) {
                var[res.length()] = type == 'V' ? 'B' : 'U';
                type = 'N';
            } else if ((m = at(OP, stream, pos)) != null) {
                if (!m.group(1).equals("++") && !m.group(1).equals("--")) {
                    type = 'N';
                }
            } else if ((m = at(ANY, stream, pos)) == null) {
                break; // cannot happen: a newline is whitespace
            }
            int n = m.group(1).length();
            pos += n;
            res.append(String.valueOf(type).repeat(n));
        }
        return new String[] {res.toString(), new String(var)};
    }

    private char pop() {
        Character t = parens.poll();
        return t == null ? 0 : t;
    }

    private static Matcher at(Pattern p, String s, int pos) {
        Matcher m = p.matcher(s);
        m.region(pos, s.length());
        return m.lookingAt() ? m : null;
    }
}

package respin.core.check.rules;

import static respin.core.check.patch.CSyntax.MODIFIER;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.Annotator;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.patch.Sanitizer;
import respin.core.check.patch.SourceFiles;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;

/**
 * The part of checkpatch.pl's operator-spacing check that respin mirrors: around {@code ,} and
 * around a unary or binary {@code *}. It splits a line at the operators, names each side's
 * context ({@code V} value, {@code W} space, {@code B} bracket, {@code C} comment, {@code O}
 * operator, {@code E} edge) and points at the operator with a {@code ^} line.
 */
final class OperatorSpacing {
    private static final Pattern OPS = Pattern.compile("<<=|>>=|<=|>=|==|!=|\\+=|-=|\\*=|/=|%=|\\^=|\\|=|&=|=>|->|<<"
            + "|>>|<|>|=|!|~|&&|\\|\\||,|\\^|\\+\\+|--|&|\\||\\+|-|\\*|/|%|\\?:|\\?|:|;");
    private static final Pattern PARAMETER_AFTER = Pattern.compile("^\\s*[,)]");
    private static final Pattern UNARY_AFTER = Pattern.compile("(?:\\)|!|~|\\*|-|&|\\||\\+\\+|--|\\{)$");
    private static final Pattern MODIFIER_AFTER = Pattern.compile("\\s*" + MODIFIER + "\\b");
    private static final Pattern BLANK = Pattern.compile("^\\s*$");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*\\\\$");

    private final PatchText patch;
    private final Annotator annotator = new Annotator();
    private char prevValues = 'E';
    private String values = "";
    private String vars = "";

    OperatorSpacing(PatchText patch) {
        this.patch = patch;
    }

    /** Runs checkpatch's value annotation over {@code l}, as its loop does over every C hunk line. */
    void track(PatchLine l) {
        if (l.kind() == PatchLine.Kind.HUNK_HEADER) {
            annotator.reset();
            prevValues = 'E';
            return;
        }
        if (!patch.context().code(l) || !SourceFiles.in(l, SourceFiles.C)) {
            return;
        }
        String opline = opline(patch.context().perlSanitized(l));
        String[] r = annotator.annotate(opline + "\n", prevValues);
        values = prevValues + r[0];
        vars = r[1];
        prevValues = values.charAt(values.length() - 1);
    }

    private static String opline(String line) {
        return line.isEmpty() ? line : " " + line.substring(1);
    }

    /** Checks added line {@code l} (its Perl-sanitized text {@code line}) just tracked. */
    void check(PatchLine l, String line, IntPredicate checking, Consumer<Finding> out) {
        String opline = opline(line);
        List<String> el = split(opline);
        String blank = opline.replaceAll("[^\\t]", " ");
        int off = 0;
        for (int n = 0; n < el.size() - 1; n += 2) {
            off += el.get(n).length();
            String op = el.get(n + 1);
            String ca = opline.substring(0, off);
            String cc = off + op.length() <= opline.length() ? opline.substring(off + op.length()) : "";
            String ctx = side(el.get(n), ca) + "x" + (n + 2 < el.size() ? after(el.get(n + 2)) : "E");
            char opType = off + 1 < values.length() ? values.charAt(off + 1) : 0;
            char variant = off < vars.length() ? vars.charAt(off) : 0;
            String at = " (ctx:" + ctx + ")";
            String here = l.text() + "\n" + blank.substring(0, Math.min(off, blank.length())) + "^";
            Consumer<String> error = msg -> out.accept(Finding.at(Level.ERROR, Spacing.TYPE_NAME, msg + at, l, here));
            if (opType != 'V' && ca.matches("(?s).*\\s") && PARAMETER_AFTER.matcher(cc).find()) {
                // an operator passed as a parameter
            } else if (op.equals(",")) {
                if (ctx.matches("Wx.")) {
                    error.accept("space prohibited before that ','");
                }
                if (!ctx.matches(".x[WEC]") && !cc.startsWith("}")) {
                    error.accept("space required after that ','");
                }
            } else if (op.equals("*") && variant == 'U') {
                if (!ctx.matches("[WEBC]x.") && !UNARY_AFTER.matcher(ca).find()) {
                    error.accept("space required before that '*'");
                }
                if (!MODIFIER_AFTER.matcher(cc).find() && ctx.matches(".xW")) {
                    error.accept("space prohibited after that '*'");
                }
            } else if (op.equals("*") && variant != '_') {
                binary(l, ctx, n + 2 < el.size(), checking.test(l.number()), here, at, out);
            }
            off += op.length();
        }
    }

    private static void binary(PatchLine l, String ctx, boolean more, boolean checking, String here, String at,
            Consumer<Finding> out) {
        if (checking) {
            if (more && !ctx.matches("[EW]x[EW]")) {
                out.accept(Finding.at(Level.CHECK, Spacing.TYPE_NAME, "spaces preferred around that '*'" + at, l, here));
            } else if (!more && !ctx.matches("Wx[OE]")) {
                out.accept(Finding.at(Level.CHECK, Spacing.TYPE_NAME, "space preferred before that '*'" + at, l, here));
            }
        } else if (ctx.matches("Wx[^WCE]|[^WCE]xW")) {
            out.accept(Finding.at(Level.ERROR, Spacing.TYPE_NAME, "need consistent spacing around '*'" + at, l, here));
        }
    }

    /** The context letter of the text before an operator. */
    private static String side(String before, String ca) {
        String a = "";
        if (!before.isEmpty()) {
            a = "V";
        }
        if (before.matches("(?s).*\\s")) {
            a = "W";
        }
        if (before.endsWith(String.valueOf(Sanitizer.COMMENT))) {
            a = "C";
        }
        if (before.endsWith("[") || before.endsWith("(")) {
            a = "B";
        }
        if (before.isEmpty()) {
            a = "O";
        }
        if (BLANK.matcher(ca).find()) {
            a = "E";
        }
        return a;
    }

    /** The context letter of the text after an operator. */
    private static String after(String next) {
        String c = "";
        if (!next.isEmpty()) {
            c = "V";
        }
        if (next.matches("(?s)\\s.*")) {
            c = "W";
        }
        if (next.startsWith(String.valueOf(Sanitizer.COMMENT))) {
            c = "C";
        }
        if (next.startsWith(")") || next.startsWith("]") || next.startsWith(";")) {
            c = "B";
        }
        if (next.isEmpty()) {
            c = "O";
        }
        if (CONTINUATION.matcher(next).find()) {
            c = "E";
        }
        return c;
    }

    /** Perl's {@code split(/($ops|;)/, $line)}: text and operators in turn, trailing empty text dropped. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = OPS.matcher(line);
        int last = 0;
        while (m.find()) {
            out.add(line.substring(last, m.start()));
            out.add(m.group());
            last = m.end();
        }
        out.add(line.substring(last));
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}

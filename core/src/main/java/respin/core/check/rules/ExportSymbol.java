package respin.core.check.rules;

import static respin.core.check.patch.CSyntax.ATTRIBUTE;
import static respin.core.check.patch.CSyntax.IDENT;
import static respin.core.check.patch.CSyntax.STORAGE;
import static respin.core.check.patch.CSyntax.TYPE;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.CSyntax;
import respin.core.check.patch.LineContext;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.patch.Statement;
import respin.core.check.patch.Statements;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * WARNING:EXPORT_SYMBOL "EXPORT_SYMBOL(foo); should immediately follow its function/variable":
 * an added {@code EXPORT_SYMBOL*(name)} after a blank line, or right after a statement that does
 * not define {@code name} (checkpatch.pl's {@code %suppress_export}, per hunk).
 */
public final class ExportSymbol implements Rule {
    private static final Pattern EXPORT = CSyntax.compile("EXPORT_SYMBOL.*\\((.*)\\)");
    private static final Pattern NAME = CSyntax.compile("^\\s*(" + IDENT + ").*");
    private static final Pattern MACRO_DEFINED = CSyntax.compile("^(?:.\\s*}\\s*\\n)?.([A-Z_]+)\\s*\\(\\s*(" + IDENT + ")");
    private static final Pattern BLANK = CSyntax.compile("^.\\s*$");

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        LineContext ctx = patch.context();
        Statements statements = Statements.of(patch);
        Map<Integer, Integer> suppress = new HashMap<>();
        for (PatchLine l : patch.lines()) {
            if (l.kind() == PatchLine.Kind.HUNK_HEADER) {
                suppress.clear();
            }
            if (!ctx.addedC(l)) {
                continue;
            }
            Statement s = statements.at(l);
            PatchLine next = s == null ? null : patch.line(s.reallineNext());
            Matcher e;
            if (next != null && !suppress.containsKey(next.number())
                    && (e = EXPORT.matcher(next.sanitized())).find()) {
                suppress.put(next.number(), follows(s.stat(), NAME.matcher(e.group(1)).replaceFirst("$1")) ? 1 : 2);
            }
            if (!suppress.containsKey(l.number()) && BLANK.matcher(ctx.prevline(l)).find()
                    && EXPORT.matcher(l.sanitized()).find()) {
                suppress.put(l.number(), 2);
            }
            if (suppress.getOrDefault(l.number(), 0) == 2) {
                out.accept(Finding.at(Level.WARNING, "EXPORT_SYMBOL",
                        "EXPORT_SYMBOL(foo); should immediately follow its function/variable", l, false));
            }
        }
    }

    /** Whether statement {@code stat} defines {@code name}, as checkpatch guesses it. */
    private static boolean follows(String stat, String name) {
        Matcher m = MACRO_DEFINED.matcher(stat);
        if (m.find() && Pattern.compile("^" + IDENT + "_" + Pattern.quote(m.group(2))).matcher(name).find()) {
            return true;
        }
        String q = Pattern.quote(name);
        return CSyntax.compile("\\n.}\\s*$|^.DEFINE_" + IDENT + "\\(" + q + "\\)|^.DECLARE_" + IDENT + "\\(" + q
                + "\\)|^.LIST_HEAD\\(" + q + "\\)|^.(?:" + STORAGE + "\\s+)?" + TYPE + "\\s*\\(\\s*\\*\\s*" + q
                + "\\s*\\)\\s*\\(|\\b" + q + "(?:\\s+" + ATTRIBUTE + ")*\\s*(?:;|=|\\[|\\()").matcher(stat).find();
    }
}

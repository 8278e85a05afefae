package respin.core.check.rules;

import static respin.core.check.patch.CSyntax.IDENT;
import static respin.core.check.patch.CSyntax.TYPE;

import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.CSyntax;
import respin.core.check.patch.LineContext;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * checkpatch.pl's SPACING, for three of its cases: WARNING "space prohibited between function
 * name and open parenthesis '('", ERROR "space prohibited before that ','" and "space required
 * after that ','", and the pointer {@code *} ({@link OperatorSpacing}).
 */
public final class Spacing implements Rule {
    static final String TYPE_NAME = "SPACING";
    private static final Pattern CALL = CSyntax.compile("(" + IDENT + ")\\s+\\(");
    private static final Pattern ALLOWED = CSyntax.compile("^(?:if|for|while|switch|return|case|volatile|__volatile__"
            + "|__attribute__|format|__extension__|asm|__asm__|scoped_guard)$");
    private static final Pattern DEFINE = CSyntax.compile("^.\\s*#\\s*define\\s*$");
    private static final Pattern ELIF = CSyntax.compile("^.\\s*#\\s*elif\\s*$");
    private static final Pattern ENDS_IN_TYPE = CSyntax.compile(TYPE + "$");
    private static final Pattern INCLUDE = CSyntax.compile("#\\s*include");

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        check(patch, line -> false, out);
    }

    @Override
    public void check(PatchText patch, IntPredicate checking, Consumer<Finding> out) {
        LineContext ctx = patch.context();
        OperatorSpacing operators = new OperatorSpacing(patch);
        for (PatchLine l : patch.lines()) {
            operators.track(l);
            if (!ctx.addedC(l)) {
                continue;
            }
            String line = ctx.perlSanitized(l);
            Matcher m = CALL.matcher(line);
            while (m.find()) {
                String name = m.group(1);
                String before = line.substring(0, m.start(1));
                if (!ALLOWED.matcher(name).find() && !DEFINE.matcher(before).find()
                        && !ELIF.matcher(before + name).find() && !ENDS_IN_TYPE.matcher(before + name).find()) {
                    out.accept(Finding.at(Level.WARNING, TYPE_NAME,
                            "space prohibited between function name and open parenthesis '('", l, false));
                }
            }
            if (!INCLUDE.matcher(line).find()) {
                operators.check(l, line, checking, out);
            }
        }
    }
}

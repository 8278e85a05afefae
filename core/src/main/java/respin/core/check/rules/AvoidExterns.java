package respin.core.check.rules;

import static respin.core.check.patch.CSyntax.IDENT;
import static respin.core.check.patch.CSyntax.TYPE;

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
 * checkpatch.pl's AVOID_EXTERNS: in a {@code .c} file, WARNING on a statement that declares a
 * function without defining it, or starts with {@code extern}; in a {@code .h} file, a CHECK on
 * an {@code extern} function prototype.
 */
public final class AvoidExterns implements Rule {
    static final Pattern PROTOTYPE = CSyntax.compileDotAll("^.\\s*(?:extern\\s+)?" + TYPE + "\\s+(" + IDENT
            + ")(\\s*)\\(");
    private static final Pattern HEADER_EXTERN = CSyntax.compileDotAll("^\\+\\s*(extern\\s+)" + TYPE + "\\s*" + IDENT
            + "\\s*\\(");
    private static final Pattern DECLARED_ONLY = CSyntax.compileDotAll("^\\s*;");
    private static final Pattern LINKER_ARRAY = CSyntax.compile("^\\+extern struct\\s+(\\w+)\\s+(\\w+)\\[\\];");
    private static final Pattern EXTERN = CSyntax.compile("^.\\s*extern\\s+");
    private static final String MESSAGE = "externs should be avoided in .c files";

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        LineContext ctx = patch.context();
        Statements statements = Statements.of(patch);
        for (PatchLine l : patch.lines()) {
            if (!ctx.addedC(l)) {
                continue;
            }
            String file = l.file() == null ? "" : l.file();
            if (file.endsWith(".h") && HEADER_EXTERN.matcher(l.sanitized()).find()) {
                out.accept(Finding.at(Level.CHECK, "AVOID_EXTERNS", "extern prototypes should be avoided in .h files",
                        l, false));
            }
            Statement s = statements.at(l);
            if (!file.endsWith(".c") || s == null) {
                continue;
            }
            Matcher m;
            if (PROTOTYPE.matcher(s.stat()).find()) {
                String rest = s.stat().substring(Math.min(s.cond().length(), s.stat().length()));
                if (DECLARED_ONLY.matcher(rest).find()) {
                    out.accept(Finding.at(Level.WARNING, "AVOID_EXTERNS", MESSAGE, l, false));
                }
            } else if ((m = LINKER_ARRAY.matcher(s.stat())).find()) {
                out.accept(Finding.at(Level.WARNING, "AVOID_EXTERNS", "found a file-scoped extern type:" + m.group(1)
                        + " name:" + m.group(2) + " in .c file\nis this a linker symbol ?", l, false));
            } else if (EXTERN.matcher(s.stat()).find()) {
                out.accept(Finding.at(Level.WARNING, "AVOID_EXTERNS", MESSAGE, l, false));
            }
        }
    }
}

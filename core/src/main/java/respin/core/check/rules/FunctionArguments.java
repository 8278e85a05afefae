package respin.core.check.rules;

import static respin.core.check.patch.CSyntax.IDENT;
import static respin.core.check.patch.CSyntax.TYPE;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.BalancedParens;
import respin.core.check.patch.CSyntax;
import respin.core.check.patch.Emails;
import respin.core.check.patch.LineContext;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.patch.Statement;
import respin.core.check.patch.Statements;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * checkpatch.pl's FUNCTION_ARGUMENTS (WARNING): in a {@code .c} file, a function declaration
 * whose {@code (} is on the line after its name; and in any C file, a prototype argument that
 * is only a type, with no name.
 */
public final class FunctionArguments implements Rule {
    private static final Pattern PROTOTYPE_ARGS = CSyntax.compileDotAll("^.\\s*(?:extern\\s+)?" + TYPE + "\\s*(?:"
            + IDENT + "|\\(\\s*\\*\\s*" + IDENT + "\\s*\\))\\s*\\(\\s*([^{]+)\\s*\\)\\s*;");
    private static final Pattern ARG = CSyntax.compileDotAll("\\s*(" + TYPE + "\\s*)(" + IDENT + ")?");
    private static final Pattern FUNCTION_POINTER = CSyntax.compileDotAll("^\\(\\s*\\*\\s*(?:" + IDENT + ")?\\s*\\)\\s*");
    private static final Pattern ONLY_TYPE = CSyntax.compileDotAll("^" + TYPE + "$");
    private static final Pattern ENUM = CSyntax.compileDotAll("enum\\s+" + IDENT + "$");

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        LineContext ctx = patch.context();
        Statements statements = Statements.of(patch);
        for (PatchLine l : patch.lines()) {
            Statement s = statements.at(l);
            if (s == null || !ctx.addedC(l)) {
                continue;
            }
            Matcher m = AvoidExterns.PROTOTYPE.matcher(s.stat());
            if (l.file().endsWith(".c") && m.find() && m.group(2).contains("\n")) {
                out.accept(Finding.at(Level.WARNING, "FUNCTION_ARGUMENTS",
                        "arguments for function declarations should follow identifier", l, false));
            }
            m = PROTOTYPE_ARGS.matcher(s.stat());
            if (m.find() && !m.group(1).equals("void")) {
                unnamed(l, Emails.trim(m.group(1)), out);
            }
        }
    }

    private static void unnamed(PatchLine l, String args, Consumer<Finding> out) {
        Matcher m = ARG.matcher(args);
        int from = 0;
        while (from <= args.length() && m.find(from)) {
            int end = m.end();
            if (m.group(2) == null) {
                Matcher f = FUNCTION_POINTER.matcher(args.substring(m.end(1)));
                if (f.find()) {
                    int parens = BalancedParens.end(args, m.end(1) + f.end());
                    if (parens > 0) {
                        end = parens;
                    }
                }
            }
            String arg = Emails.trim(args.substring(m.start(1), end));
            if (ONLY_TYPE.matcher(arg).find() && !ENUM.matcher(arg).find()) {
                out.accept(Finding.at(Level.WARNING, "FUNCTION_ARGUMENTS",
                        "function definition argument '" + arg + "' should also have an identifier name", l, false));
            }
            from = end > m.start() ? end : m.start() + 1;
        }
    }
}

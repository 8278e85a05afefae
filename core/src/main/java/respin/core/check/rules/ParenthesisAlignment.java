package respin.core.check.rules;

import static respin.core.check.patch.CSyntax.C90_KEYWORDS;
import static respin.core.check.patch.CSyntax.DECLARE;
import static respin.core.check.patch.CSyntax.IDENT;
import static respin.core.check.patch.CSyntax.LVAL;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.CSyntax;
import respin.core.check.patch.Columns;
import respin.core.check.patch.LineContext;
import respin.core.check.patch.OpenParen;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.patch.SourceFiles;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * CHECK:PARENTHESIS_ALIGNMENT "Alignment should match open parenthesis" (strict): a line after an
 * added line that opens a call, condition or declaration and ends in {@code ,}, {@code &&} or
 * {@code ||} must be indented to the column after the open parenthesis, with tabs then spaces
 * or with spaces only.
 */
public final class ParenthesisAlignment implements Rule {
    private static final Pattern OPENS = CSyntax.compile("^\\+([ \\t]*)((?:" + C90_KEYWORDS + "(?:\\s+if)\\s*)|(?:"
            + DECLARE + "\\s*)?(?:" + IDENT + "|\\(\\s*\\*\\s*" + IDENT + "\\s*\\))\\s*|(?:\\*\\s*)*" + LVAL
            + "\\s*=\\s*" + IDENT + "\\s*)\\(.*(&&|\\|\\||,)\\s*$");
    private static final Pattern SPLIT = CSyntax.compile("^\\+(\\t*)(.*)$");
    private static final Pattern INDENT = CSyntax.compile("^(\\+| )([ \\t]*)");

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        LineContext ctx = patch.context();
        for (PatchLine l : patch.lines()) {
            if (!ctx.code(l) || !SourceFiles.in(l, SourceFiles.INDENTED) || ctx.previous(l) == null) {
                continue;
            }
            String prevline = ctx.perlSanitized(ctx.previous(l));
            if (!OPENS.matcher(prevline).find()) {
                continue;
            }
            Matcher split = SPLIT.matcher(prevline);
            split.find();
            String oldIndent = split.group(1);
            int pos = OpenParen.lastColumn(split.group(2));
            if (pos < 0) {
                continue;
            }
            Matcher m = INDENT.matcher(l.sanitized());
            // like Perl, a failed match leaves the last group: the rest of the previous line
            String newIndent = m.find() ? m.group(2) : split.group(2);
            String tabs = oldIndent + "\t".repeat(pos / Columns.TAB_SIZE) + " ".repeat(pos % Columns.TAB_SIZE);
            String spaces = oldIndent + " ".repeat(pos);
            if (!newIndent.equals(tabs) && !newIndent.equals(spaces)) {
                out.accept(Finding.at(Level.CHECK, "PARENTHESIS_ALIGNMENT", "Alignment should match open parenthesis",
                        l, ctx.withPrevious(l)));
            }
        }
    }
}

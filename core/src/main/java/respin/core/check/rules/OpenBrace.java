package respin.core.check.rules;

import static respin.core.check.patch.CSyntax.IDENT;
import static respin.core.check.patch.CSyntax.STORAGE;
import static respin.core.check.patch.CSyntax.TYPE;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.BalancedParens;
import respin.core.check.patch.CSyntax;
import respin.core.check.patch.ConditionBlock;
import respin.core.check.patch.LineContext;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.patch.Sanitizer;
import respin.core.check.patch.SourceFiles;
import respin.core.check.patch.Statement;
import respin.core.check.patch.Statements;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * ERROR:OPEN_BRACE: a {@code {} that belongs on the line before (after {@code =}; after
 * {@code struct}, {@code union} or {@code enum}), and a function definition's {@code {} that
 * belongs on a line of its own (on the same line as the head, or on no line of its own after a
 * head over several lines).
 */
public final class OpenBrace implements Rule {
    private static final String TYPE_NAME = "OPEN_BRACE";
    private static final Pattern CONDITION = CSyntax.compile("(.*)\\b((?:if|while|for|switch|(?:[a-z_]+|)for_each"
            + "[a-z_]+)\\s*\\(|do\\b|else\\b)");
    private static final Pattern DIRECTIVE = CSyntax.compile("^.\\s*#");
    private static final Pattern NEXT_BRACE = CSyntax.compile("^\\+\\s*\\{");
    private static final Pattern BRACE_FIRST = CSyntax.compile("^.\\s*\\{");
    private static final Pattern ASSIGNS = CSyntax.compile("(?:^|[^=])=\\s*$");
    private static final Pattern FUNCTION_HEAD = CSyntax.compile(TYPE + "\\s*" + IDENT + "\\s*(?=\\()");
    private static final Pattern BRACE_AFTER = CSyntax.compile("^\\s*\\{");
    private static final Pattern DEFINE_DO = CSyntax.compile("#\\s*define\\b.*do\\s*\\{");
    private static final Pattern AGGREGATE = CSyntax.compile(
            "^.\\s*(?:typedef\\s+)?(enum|union|struct)(?:\\s+" + IDENT + ")?\\s*$");
    private static final Pattern DEFINITION = CSyntax.compileDotAll(
            "^.\\s*(?:" + STORAGE + "\\s+)?" + TYPE + "\\s*(" + IDENT + ")\\s*(?=\\()");
    private static final Pattern OWN_LINE = CSyntax.compile("^[ +]\\{");
    private static final Pattern ENDS_HEAD = CSyntax.compile("^[ +].*\\{");

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        LineContext ctx = patch.context();
        Statements statements = Statements.of(patch);
        for (PatchLine l : patch.lines()) {
            if (!ctx.code(l) || !SourceFiles.in(l, SourceFiles.C)) {
                continue;
            }
            if (CONDITION.matcher(l.sanitized()).find() && !DIRECTIVE.matcher(l.sanitized()).find()) {
                condition(patch, l, out);
            }
            if (!ctx.addedC(l)) {
                continue;
            }
            String line = l.sanitized();
            String prev = ctx.prevline(l);
            if (BRACE_FIRST.matcher(line).find() && ASSIGNS.matcher(prev).find()) {
                out.accept(Finding.at(Level.ERROR, TYPE_NAME, "that open brace { should be on the previous line", l,
                        ctx.withPrevious(l)));
            }
            String sline = line.replace(Sanitizer.COMMENT, ' ');
            if (headWithBrace(sline) && !DEFINE_DO.matcher(sline).find() && sline.indexOf('}') < 0) {
                out.accept(Finding.at(Level.ERROR, TYPE_NAME,
                        "open brace '{' following function definitions go on the next line", l, false));
            }
            Matcher m = AGGREGATE.matcher(prev);
            if (BRACE_FIRST.matcher(line).find() && m.find()) {
                out.accept(Finding.at(Level.ERROR, TYPE_NAME,
                        "open brace '{' following " + m.group(1) + " go on the same line", l, ctx.withPrevious(l)));
            }
            Statement s = statements.at(l);
            if (s != null && definition(s.stat())) {
                misplaced(patch, l, s.stat(), out);
            }
        }
    }

    /** A brace on the line after a condition, loop or {@code else} whose parentheses have closed. */
    private static void condition(PatchText patch, PatchLine l, Consumer<Finding> out) {
        int remaining = patch.context().remaining(l);
        ConditionBlock block = ConditionBlock.at(patch, l.number(), remaining);
        int count = remaining - block.lines().size();
        int ln = l.number();
        int skip = remaining;
        while (skip > count || skip == count && patch.line(ln) != null && patch.line(ln).sanitized().startsWith("-")) {
            if (patch.line(ln) == null || !patch.line(ln).sanitized().startsWith("-")) {
                skip--;
            }
            ln++;
        }
        String text = String.join("\n", block.lines());
        PatchLine next = patch.line(ln);
        if (text.indexOf('{') < 0 && next != null && NEXT_BRACE.matcher(next.sanitized()).find()) {
            out.accept(Finding.at(Level.ERROR, TYPE_NAME, "that open brace { should be on the previous line", l,
                    text + "\n" + next.text()));
        }
    }

    /** {@code $Type\s*$Ident\s*$balanced_parens\s*\{} anywhere in {@code sline}. */
    private static boolean headWithBrace(String sline) {
        Matcher m = FUNCTION_HEAD.matcher(sline);
        for (int from = 0; from < sline.length() && m.find(from); from = m.start() + 1) {
            int end = BalancedParens.end(sline, m.end());
            if (end > 0 && BRACE_AFTER.matcher(sline.substring(end)).find()) {
                return true;
            }
        }
        return false;
    }

    /** {@code ^.\s*(?:$Storage\s+)?$Type\s*($Ident)\s*$balanced_parens\s*{}, over the lines of {@code stat}. */
    private static boolean definition(String stat) {
        Matcher m = DEFINITION.matcher(stat);
        if (!m.find()) {
            return false;
        }
        int end = BalancedParens.end(stat, m.end());
        return end > 0 && BRACE_AFTER.matcher(stat.substring(end)).find();
    }

    private static void misplaced(PatchText patch, PatchLine l, String stat, Consumer<Finding> out) {
        int count = (int) stat.chars().filter(c -> c == '\n').count() + 1;
        StringBuilder context = new StringBuilder();
        boolean ok = false;
        int n = 0;
        for (PatchLine r = l; n < count; r = patch.line(r.number() + 1)) {
            if (r == null) {
                context.append("\n".repeat(count - n)); // raw_line past the end: empty lines
                break;
            }
            if (r.text().startsWith("-")) {
                continue;
            }
            String rl = r.text();
            context.append(n == 0 ? "" : "\n").append(rl);
            ok |= OWN_LINE.matcher(rl).find() || rl.contains("{") && n == 0;
            n++;
            if (ENDS_HEAD.matcher(rl).find()) {
                break;
            }
        }
        if (!ok) {
            out.accept(Finding.at(Level.ERROR, TYPE_NAME,
                    "open brace '{' following function definitions go on the next line", l, context.toString()));
        }
    }
}

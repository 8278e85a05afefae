package respin.core.check.rules;

import static respin.core.check.patch.CSyntax.ASSIGNMENT;
import static respin.core.check.patch.CSyntax.ATTRIBUTE;
import static respin.core.check.patch.CSyntax.C90_KEYWORDS;
import static respin.core.check.patch.CSyntax.COMPARE;
import static respin.core.check.patch.CSyntax.DECLARATION_MACROS;
import static respin.core.check.patch.CSyntax.DECLARE;
import static respin.core.check.patch.CSyntax.IDENT;
import static respin.core.check.patch.CSyntax.OPERATORS;
import static respin.core.check.patch.CSyntax.SPARSE;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.CSyntax;
import respin.core.check.patch.LineContext;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.patch.Sanitizer;
import respin.core.check.patch.SourceFiles;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * checkpatch.pl's LINE_SPACING: WARNING "Missing a blank line after declarations" when an added
 * line that is no declaration follows a declaration at the same indent; and, in strict mode,
 * CHECKs for a missing blank line after a closing {@code }} of a function, struct, union or enum,
 * and for several blank lines in a row.
 */
public final class LineSpacing implements Rule {
    private static final String TYPE = "LINE_SPACING";
    private static final Pattern CLOSE = CSyntax.compile("^[+ ]};?\\s*$");
    private static final Pattern AFTER_CLOSE_OK = CSyntax.compile("^\\+\\s*$|^\\+\\s*(?:EXPORT_SYMBOL|early_param"
            + "|ALLOW_ERROR_INJECTION)|(?i:^\\+\\s*MODULE_)|^\\+\\s*#\\s*(?:end|elif|else)|^\\+[a-z_]*init"
            + "|^\\+\\s*(?:static\\s+)?[A-Z_]*ATTR|^\\+\\s*DECLARE|^\\+\\s*builtin_[\\w_]*driver|^\\+\\s*__setup");
    private static final Pattern BLANK_CONTEXT = CSyntax.compile("^[+ ]\\s*$");
    private static final Pattern BLANK_ADDED = CSyntax.compile("^\\+\\s*$");
    private static final Pattern INDENTED = CSyntax.compile("\\+(\\s+)\\S");
    private static final Pattern ANNOTATIONS = CSyntax.compile("\\b(?:" + ATTRIBUTE + "|" + SPARSE + ")\\b");
    private static final String DECLARATION = "^\\+\\s+" + DECLARE + "\\s*" + IDENT + "\\s*[=,;:\\[]"
            + "|^\\+\\s+" + DECLARE + "\\s*\\(\\s*\\*\\s*" + IDENT + "\\s*\\)\\s*[=,;:\\[(]"
            + "|^\\+\\s+" + IDENT + "(?:\\s+|\\s*\\*\\s*)" + IDENT + "\\s*[=,;\\[]"
            + "|^\\+\\s+" + DECLARATION_MACROS;
    private static final Pattern DECL = CSyntax.compile(DECLARATION);
    private static final Pattern NOT_DECL = CSyntax.compile("^\\+\\s+" + C90_KEYWORDS + "\\b|(?:" + COMPARE + "|"
            + ASSIGNMENT + "|" + OPERATORS + ")\\s*$|(?:\\{\\s*|\\\\)$");
    private static final Pattern CONTINUES = CSyntax.compile(DECLARATION
            + "|^\\+\\s+(?:static\\s+)?(?:const\\s+)?(?:union|struct|enum|typedef)\\b"
            + "|^\\+\\s+(?:$|[{}.#\"?:(\\[])|^\\+\\s+" + IDENT + "\\s*:\\s*\\d+\\s*[,;]"
            + "|^\\+\\s+\\(?\\s*(?:" + COMPARE + "|" + ASSIGNMENT + "|" + OPERATORS + ")");

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        LineContext ctx = patch.context();
        int lastBlank = 0;
        for (PatchLine l : patch.lines()) {
            if (!ctx.code(l) || !SourceFiles.in(l, SourceFiles.INDENTED)) {
                continue;
            }
            String line = l.sanitized();
            String prev = ctx.prevline(l);
            if (CLOSE.matcher(prev).find() && line.startsWith("+") && !AFTER_CLOSE_OK.matcher(line).find()) {
                out.accept(Finding.at(Level.CHECK, TYPE,
                        "Please use a blank line after function/struct/union/enum declarations", l,
                        ctx.withPrevious(l)));
            }
            if (BLANK_CONTEXT.matcher(prev).find() && BLANK_ADDED.matcher(line).find()
                    && lastBlank != l.number() - 1) {
                out.accept(Finding.at(Level.CHECK, TYPE, "Please don't use multiple blank lines", l,
                        ctx.withPrevious(l)));
                lastBlank = l.number();
            }
            if (missingBlank(prev, line.replace(Sanitizer.COMMENT, ' '))) {
                out.accept(Finding.at(Level.WARNING, TYPE, "Missing a blank line after declarations", l,
                        ctx.withPrevious(l)));
            }
        }
    }

    private static boolean missingBlank(String prevline, String sline) {
        Matcher indent = INDENTED.matcher(prevline);
        if (!indent.find() || !sline.startsWith("+" + indent.group(1))
                || sline.length() <= indent.group(1).length() + 1
                || Character.isWhitespace(sline.charAt(indent.group(1).length() + 1))) {
            return false;
        }
        String sl = ANNOTATIONS.matcher(sline).replaceAll("");
        String pl = ANNOTATIONS.matcher(prevline).replaceAll("");
        return DECL.matcher(pl).find() && !NOT_DECL.matcher(pl).find() && !CONTINUES.matcher(sl).find();
    }
}

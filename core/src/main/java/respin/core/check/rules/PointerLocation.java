package respin.core.check.rules;

import static respin.core.check.patch.CSyntax.IDENT;
import static respin.core.check.patch.CSyntax.MODIFIER;
import static respin.core.check.patch.CSyntax.NONPTR_TYPE;

import java.util.function.Consumer;
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
 * ERROR:POINTER_LOCATION where a {@code *} of a type sits apart from the name it declares or
 * inside a cast: {@code "foo* bar" should be "foo *bar"}, {@code "(foo*)" should be "(foo *)"}.
 */
public final class PointerLocation implements Rule {
    private static final String STARS = "(\\s*(?:" + MODIFIER + "\\b\\s*|\\*\\s*)+)";
    private static final Pattern CAST = CSyntax.compile("(\\(" + NONPTR_TYPE + STARS + "\\))");
    private static final Pattern DECLARATION = CSyntax.compile("(\\b" + NONPTR_TYPE + STARS + "(" + IDENT + "))");
    private static final Pattern LEADING = CSyntax.compile("^(\\S)");
    private static final Pattern TRAILING = CSyntax.compile("\\s+$");
    private static final Pattern SPLIT_STARS = CSyntax.compile("\\*\\s+\\*");
    private static final Pattern LAST_MODIFIER = CSyntax.compile("(\\b" + MODIFIER + "$)");
    private static final Pattern ONLY_MODIFIER = CSyntax.compile("^" + MODIFIER + "$");

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        LineContext ctx = patch.context();
        for (PatchLine l : patch.lines()) {
            if (!ctx.addedC(l)) {
                continue;
            }
            String line = ctx.perlSanitized(l);
            Matcher m = CAST.matcher(line);
            while (m.find()) {
                String from = m.group(2);
                String to = tidy(from);
                if (!from.equals(to)) {
                    out.accept(Finding.at(Level.ERROR, "POINTER_LOCATION",
                            "\"(foo" + from + ")\" should be \"(foo" + to + ")\"", l, false));
                }
            }
            m = DECLARATION.matcher(line);
            while (m.find()) {
                String from = m.group(2);
                String to = LAST_MODIFIER.matcher(tidy(from)).replaceFirst("$1 ");
                if (!from.equals(to) && !ONLY_MODIFIER.matcher(m.group(3)).find()) {
                    out.accept(Finding.at(Level.ERROR, "POINTER_LOCATION",
                            "\"foo" + from + "bar\" should be \"foo" + to + "bar\"", l, false));
                }
            }
        }
    }

    /** A space before, none after, and no spaces between stars. */
    private static String tidy(String from) {
        String to = LEADING.matcher(from).replaceFirst(" $1");
        to = TRAILING.matcher(to).replaceFirst("");
        for (Matcher s = SPLIT_STARS.matcher(to); s.find(); s = SPLIT_STARS.matcher(to)) {
            to = s.replaceFirst("**");
        }
        return to;
    }
}

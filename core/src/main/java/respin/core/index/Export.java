package respin.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;

/**
 * An {@code EXPORT_SYMBOL*(name);} line: the symbol, the macro that exports it
 * ({@code EXPORT_SYMBOL_GPL}, or a subsystem's own) and where.
 */
public record Export(String symbol, String macro, Span span) {
    private static final Pattern EXPORT = Pattern.compile(
            "(?m)^[ \\t]*(EXPORT_SYMBOL\\w*|EXPORT_\\w+_SYMBOL\\w*)\\s*\\(\\s*(\\w+)\\s*(?:,[^)]*)?\\)\\s*;");

    /** The exports of a file, in file order. */
    public static List<Export> in(CTranslationUnit u) {
        List<Export> out = new ArrayList<>();
        Matcher m = EXPORT.matcher(u.text());
        while (m.find()) {
            out.add(new Export(m.group(2), m.group(1), u.lines().span(m.start(1), m.end())));
        }
        return out;
    }
}

package respin.rewriters;

import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.model.CDocTag;
import respin.core.model.CRecord;
import respin.core.model.source.Span;
import respin.core.plan.PlanContext;

/** The kernel-doc comment of a struct: the {@code /** ... *}{@code /} block right above it. */
final class KernelDoc {
    private KernelDoc() {
    }

    /** The comment that ends right before {@code offset} (blanks between), or null. */
    static Span before(Located<CRecord> r, int offset) {
        String text = r.unit().text();
        int e = offset;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e < 2 || !text.startsWith("*/", e - 2)) {
            return null;
        }
        int s = text.lastIndexOf("/**", e - 2);
        return s < 0 ? null : r.unit().lines().span(s, e);
    }

    /** Removes the {@code @field:} line (with its continuation lines) of the struct's kernel-doc, if it has one. */
    static void removeTag(PlanContext ctx, Located<CRecord> r, String field, String why) {
        int at = Layout.lineStart(r.unit().text(), r.node().span().start());
        Span doc = before(r, at);
        String text = r.unit().text();
        var tags = CDocTag.of(text, r.unit().lines(), doc);
        for (int i = 0; i < tags.size(); i++) {
            CDocTag t = tags.get(i);
            if (!t.name().equals(field)) {
                continue;
            }
            int from = Layout.lineStart(text, t.span().start());
            int to = Layout.nextLineStart(text, t.span().end());
            while (i + 1 == tags.size() || to < tags.get(i + 1).span().start()) {
                String line = text.substring(to, Layout.nextLineStart(text, to)).strip();
                if (!line.startsWith("*\t") && !line.startsWith("*  ")) {
                    break;
                }
                to = Layout.nextLineStart(text, to);
            }
            ctx.edit(new TextEdit(r.path(), from, to, "", why));
            ctx.site(t.span(), "kernel-doc line @" + field + ": removed");
        }
    }
}

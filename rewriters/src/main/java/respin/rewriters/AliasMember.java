package respin.rewriters;

import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.CType;
import respin.core.index.Located;
import respin.core.model.CField;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Makes one member another name of a second one: both go into an anonymous union in the
 * second's place, so that code which sets either sets the same pointer while users move
 * from the alias to the member. The alias keeps its declaration and the comment right
 * above it; the line it leaves goes, with a blank line that would be doubled.
 *
 * <p>The union is for members of the same type: the recipe gives the alias's type to the
 * member in the same step (or before). {@link RemoveField} with {@code aliasOf} takes the
 * alias out again and gives the member its line back.
 */
public final class AliasMember implements Rewriter {
    private final String tag;
    private final String member;
    private final String alias;

    public AliasMember(String tag, String member, String alias) {
        this.tag = tag;
        this.member = member;
        this.alias = alias;
    }

    @Override
    public String displayName() {
        return "Make " + tag + "." + alias + " an alias of " + member;
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(CType.tagName(tag));
    }

    @Override
    public void plan(PlanContext ctx) {
        Located<CField> m = ctx.index().field(tag, member).orElse(null);
        Located<CField> a = ctx.index().field(tag, alias).orElse(null);
        if (m == null || a == null) {
            ctx.noTarget("no member " + tag + "." + (m == null ? member : alias) + " in the tree"
                    + ctx.index().nearestRecord(tag));
            return;
        }
        String text = m.unit().text();
        Lines mine = Lines.of(text, m.node());
        Lines other = Lines.of(text, a.node());
        if (m.unit() != a.unit() || mine == null || other == null) {
            ctx.leftover(m.node().span(), tag + "." + member + " or " + alias
                    + " shares its lines with other code; no union made");
            return;
        }
        if (mine.start() > 0 && text.substring(Layout.lineStart(text, mine.start() - 1), mine.start()).strip()
                .equals("union {") && a.node().span().start() > mine.start()) {
            ctx.leftover(a.node().span(), tag + "." + alias + " is in a union with " + member + " already");
            return;
        }
        String indent = text.substring(mine.start(), m.node().span().start());
        StringBuilder moved = new StringBuilder();
        String lines = text.substring(other.commentStart(), other.end());
        for (int from = 0, to; from < lines.length(); from = to + 1) {
            to = lines.indexOf('\n', from);
            to = to < 0 ? lines.length() : to;
            if (to > from) {
                moved.append('\t').append(lines, from, to).append('\n');
            }
        }
        ctx.edit(new TextEdit(m.path(), mine.start(), m.node().span().start(),
                indent + "union {\n" + indent + "\t", displayName()));
        ctx.edit(new TextEdit(m.path(), m.node().span().end(), mine.end(),
                text.substring(m.node().span().end(), mine.end()) + moved + indent + "};\n", displayName()));
        ctx.edit(new TextEdit(m.path(), other.removalStart(), other.end(), "", displayName()));
        ctx.site(m.node().span(), tag + "." + alias + " becomes an alias of " + member + " in an anonymous union");
    }

    /** Gives the member its own line back (the edits {@link #plan} made, written with the original text). */
    static void undo(PlanContext ctx, Located<CField> m, Located<CField> a, String why) {
        String text = m.unit().text();
        Lines mine = Lines.of(text, m.node());
        Lines other = Lines.of(text, a.node());
        if (mine == null || other == null) {
            ctx.leftover(a.node().span(), a.node().name() + " shares its lines with other code; not removed");
            return;
        }
        int s = m.node().span().start();
        int e = m.node().span().end();
        ctx.editAgain(new TextEdit(m.path(), mine.start(), s, text.substring(mine.start(), s), why));
        ctx.editAgain(new TextEdit(m.path(), e, mine.end(), text.substring(e, mine.end()), why));
        ctx.edit(new TextEdit(m.path(), other.removalStart(), other.end(), "", why));
    }

    /**
     * The lines of a member declaration: {@code start} of its line, {@code end} past its
     * line break, {@code commentStart} where a comment right above it begins, and
     * {@code removalStart} where removing it starts (a blank line above that would meet one
     * below goes too).
     */
    record Lines(int start, int end, int commentStart, int removalStart) {
        static Lines of(String text, CField f) {
            int start = Layout.lineStart(text, f.span().start());
            int end = Layout.nextLineStart(text, f.span().end());
            String rest = text.substring(f.span().end(), end).strip();
            if (!text.substring(start, f.span().start()).isBlank() || !(rest.isEmpty() || rest.startsWith("/*"))) {
                return null;
            }
            int comment = start;
            if (start > 0) {
                int prev = Layout.lineStart(text, start - 1);
                if (text.substring(prev, start).strip().endsWith("*/")) {
                    int open = text.lastIndexOf("/*", start);
                    int openLine = Layout.lineStart(text, open);
                    if (open >= 0 && text.substring(openLine, open).isBlank()) {
                        comment = openLine;
                    }
                }
            }
            int removal = comment;
            if (comment > 0 && end < text.length()) {
                int prev = Layout.lineStart(text, comment - 1);
                boolean blankAbove = text.substring(prev, comment).isBlank();
                boolean blankBelow = text.substring(end, Layout.nextLineStart(text, end)).isBlank();
                if (blankAbove && blankBelow) {
                    removal = prev;
                }
            }
            return new Lines(start, end, comment, removal);
        }
    }
}

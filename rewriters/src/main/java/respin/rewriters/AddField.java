package respin.rewriters;

import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.CType;
import respin.core.index.Located;
import respin.core.index.Names;
import respin.core.model.CField;
import respin.core.model.CRecord;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Adds a member to a struct on its own line after a named member, indented like it
 * and, where the struct aligns its member names with tabs, aligned the same way.
 */
public final class AddField implements Rewriter {
    private final String tag;
    private final String after;
    private final String type;
    private final String name;

    public AddField(String tag, String after, String type, String name) {
        this.tag = tag;
        this.after = after;
        this.type = type;
        this.name = name;
    }

    @Override
    public String displayName() {
        return "Add " + Layout.declaration(type, name) + " to " + tag;
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(CType.tagName(tag));
    }

    @Override
    public Set<String> adds() {
        return Set.of(name);
    }

    @Override
    public void plan(PlanContext ctx) {
        var records = ctx.index().records(tag);
        if (records.isEmpty()) {
            ctx.noTarget("no " + tag + " in the tree" + ctx.index().nearestRecord(tag));
            return;
        }
        if (records.stream().noneMatch(r -> r.node().field(after).isPresent() || r.node().field(name).isPresent())) {
            ctx.noTarget(tag + " has no member " + after + " to add " + name + " after"
                    + Names.closest(after, records.get(0).node().fields().stream().map(CField::name)
                            .filter(n -> n != null).toList()));
            return;
        }
        for (Located<CRecord> r : records) {
            if (r.node().field(name).isPresent()) {
                continue;
            }
            CField anchor = r.node().field(after).orElse(null);
            if (anchor == null) {
                ctx.leftover(r.node().span(), tag + " has no member " + after + " to add " + name + " after");
                continue;
            }
            String text = r.unit().text();
            String indent = Layout.indentation(text, anchor.span().start());
            var d = anchor.declarator();
            String gap = d.baseSpan() == null ? " " : text.substring(d.baseSpan().end(), d.nameSpan().start());
            String base = type.replace("*", "").strip();
            String stars = "*".repeat((int) type.chars().filter(c -> c == '*').count());
            String line;
            if (gap.contains("\t")) {
                int declCol = Layout.columnOf(text, d.baseSpan().end() + (gap.length() - gap.stripLeading().length()));
                int afterBase = Layout.column(0, indent + base);
                line = indent + base + Layout.gap(afterBase, declCol, true) + stars + name + ";\n";
            } else {
                line = indent + Layout.declaration(type, name) + ";\n";
            }
            int at = Layout.nextLineStart(text, anchor.span().end());
            ctx.edit(TextEdit.insert(r.path(), at, line, displayName()));
            ctx.site(anchor.span(), "new member " + name + " in " + tag);
        }
    }
}

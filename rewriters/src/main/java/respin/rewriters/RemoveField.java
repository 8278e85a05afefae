package respin.rewriters;

import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.index.Names;
import respin.core.model.CField;
import respin.core.model.CRecord;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/** Removes a struct member whose declaration stands on lines of its own. */
public final class RemoveField implements Rewriter {
    private final String tag;
    private final String field;

    public RemoveField(String tag, String field) {
        this.tag = tag;
        this.field = field;
    }

    @Override
    public String displayName() {
        return "Remove " + tag + "." + field;
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(tag.substring(tag.indexOf(' ') + 1), field);
    }

    @Override
    public void plan(PlanContext ctx) {
        var records = ctx.index().records(tag);
        if (records.isEmpty()) {
            ctx.noTarget("no " + tag + " in the tree" + ctx.index().nearestRecord(tag));
            return;
        }
        if (records.stream().noneMatch(r -> r.node().field(field).isPresent())) {
            ctx.noTarget(tag + " has no member " + field + Names.closest(field, records.get(0).node().fields()
                    .stream().map(CField::name).filter(n -> n != null).toList()));
            return;
        }
        for (Located<CRecord> r : records) {
            CField f = r.node().field(field).orElse(null);
            if (f == null) {
                continue;
            }
            String text = r.unit().text();
            int from = Layout.lineStart(text, f.span().start());
            int to = Layout.nextLineStart(text, f.span().end());
            String rest = text.substring(f.span().end(), to).strip();
            if (!text.substring(from, f.span().start()).isBlank() || !(rest.isEmpty() || rest.startsWith("/*"))) {
                ctx.leftover(f.span(), "member " + field + " shares its line with other code; not removed");
                continue;
            }
            ctx.edit(new TextEdit(r.path(), from, to, "", displayName()));
            ctx.site(f.span(), "member " + tag + "." + field + " removed");
            ctx.replaced(f.span());
        }
    }
}

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
 * Removes a struct member whose declaration stands on lines of its own, and its
 * {@code @name:} line in the struct's kernel-doc comment. A member that
 * {@link AliasMember} made an alias of another ({@code aliasOf}) leaves the union, which
 * goes with it.
 */
public final class RemoveField implements Rewriter {
    private final String tag;
    private final String field;
    private final String aliasOf;

    public RemoveField(String tag, String field) {
        this(tag, field, null);
    }

    public RemoveField(String tag, String field, String aliasOf) {
        this.tag = tag;
        this.field = field;
        this.aliasOf = aliasOf;
    }

    @Override
    public String displayName() {
        return "Remove " + tag + "." + field;
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(CType.tagName(tag), field);
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
            KernelDoc.removeTag(ctx, r, field, displayName());
            if (aliasOf != null) {
                var target = r.node().field(aliasOf);
                if (target.isEmpty()) {
                    ctx.leftover(f.span(), tag + " has no member " + aliasOf + " that " + field + " is an alias of");
                    continue;
                }
                AliasMember.undo(ctx, new Located<>(r.unit(), target.get()), new Located<>(r.unit(), f),
                        displayName());
                ctx.site(f.span(), "alias " + tag + "." + field + " of " + aliasOf + " removed with its union");
                ctx.replaced(f.span());
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

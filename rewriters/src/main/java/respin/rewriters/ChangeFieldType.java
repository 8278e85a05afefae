package respin.rewriters;

import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.CType;
import respin.core.index.Located;
import respin.core.index.TypeResolver;
import respin.core.model.CDeclarator;
import respin.core.model.CField;
import respin.core.model.CRecord;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;
import respin.core.plan.TypeChange;

/**
 * Changes the declared type of a struct member, keeping its name, its comment and
 * the column its name was aligned to: {@code struct kvm *kvm;} becomes
 * {@code struct file *kvm;}.
 */
public final class ChangeFieldType implements Rewriter {
    private final String tag;
    private final String field;
    private final String newType;

    /** {@code tag} is {@code struct vfio_device}; {@code newType} is {@code struct file *}. */
    public ChangeFieldType(String tag, String field, String newType) {
        this.tag = tag;
        this.field = field;
        this.newType = newType;
    }

    @Override
    public String displayName() {
        return "Change the type of " + tag + "." + field + " to " + newType;
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(CType.tagName(tag));
    }

    @Override
    public void plan(PlanContext ctx) {
        boolean found = false;
        for (Located<CRecord> r : ctx.index().records(tag)) {
            for (CField f : r.node().fields()) {
                if (!field.equals(f.name())) {
                    continue;
                }
                found = true;
                CDeclarator d = f.declarator();
                String oldType = TypeResolver.normalise(d.type());
                if (oldType.equals(TypeResolver.normalise(newType))) {
                    continue;
                }
                ctx.typeChanged(new TypeChange(TypeChange.Kind.FIELD, tag, field, field, oldType,
                        TypeResolver.normalise(newType), ctx.step()));
                String text = r.unit().text();
                String gapText = text.substring(d.baseSpan().end(), d.nameSpan().start());
                String stars = gapText.strip();
                String blanks = gapText.substring(0, gapText.length() - stars.length());
                String newBase = newType.replace("*", "").strip();
                String newStars = "*".repeat((int) newType.chars().filter(c -> c == '*').count());
                int declCol = Layout.columnOf(text, d.baseSpan().end() + blanks.length());
                int baseStartCol = Layout.columnOf(text, d.baseSpan().start());
                boolean tabs = blanks.contains("\t");
                String replacement;
                if (tabs) {
                    int afterBase = Layout.column(baseStartCol, newBase);
                    replacement = newBase + Layout.gap(afterBase, declCol, true) + newStars;
                } else {
                    replacement = newBase + blanks + newStars;
                }
                ctx.edit(new TextEdit(r.path(), d.baseSpan().start(), d.nameSpan().start(), replacement,
                        displayName()));
                ctx.site(f.span(), "field " + tag + "." + field + ": " + oldType + " -> " + newType);
            }
        }
        if (!found) {
            ctx.noTarget(ctx.index().records(tag).isEmpty() ? "no " + tag + " in the tree" + ctx.index().nearestRecord(tag)
                    : tag + " has no member " + field);
        }
    }
}

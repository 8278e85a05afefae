package respin.rewriters;

import java.util.ArrayList;
import java.util.List;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.index.TypeResolver;
import respin.core.model.CCall;
import respin.core.model.CExpr;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;
import respin.core.plan.PlanContext;

/**
 * For callers that only hold the old type, the kernel's way of retyping a parameter:
 * the body moves into a variant that keeps the old type ({@code __foo(struct kvm *kvm, …)}),
 * declared next to each prototype; the retyped function becomes a wrapper that converts
 * and calls it; those callers call the variant.
 */
final class OldTypeVariant {
    private final String function;
    private final String variant;
    private final String conversion;

    /** {@code conversion} turns the new type into the old one ({@code file_to_kvm}). */
    OldTypeVariant(String function, String variant, String conversion) {
        this.function = function;
        this.variant = variant;
        this.conversion = conversion;
    }

    /**
     * The calls of the function whose argument {@code k} is of {@code oldType} and is not
     * a value the plan retypes: they keep the old type and call the variant.
     */
    List<Located<CCall>> oldTypeCallers(PlanContext ctx, int k, String oldType) {
        List<Located<CCall>> out = new ArrayList<>();
        for (Located<CCall> lc : ctx.index().callsTo(function)) {
            CCall c = lc.node();
            CFunction caller = lc.unit().enclosingFunction(c.span().start());
            if (c.args().size() <= k || caller == null || caller.name().equals(function)
                    || ctx.isReplaced(c.span()) || retyped(ctx, lc.unit(), caller, c.args().get(k))) {
                continue;
            }
            if (ctx.types().typeOf(lc.unit(), c.span().start(), c.args().get(k).text()).filter(oldType::equals)
                    .isPresent()) {
                out.add(lc);
            }
        }
        return out;
    }

    /** A parameter of a retyped function, or a retyped member, as far as the plan knows yet. */
    private static boolean retyped(PlanContext ctx, CTranslationUnit u, CFunction caller, CExpr arg) {
        for (CParameter p : caller.params()) {
            if (arg.text().equals(p.name()) && ctx.paramChange(caller.name(), p.index()).isPresent()) {
                return true;
            }
        }
        return ctx.typeChanges().stream().anyMatch(c -> c.kind() == respin.core.plan.TypeChange.Kind.FIELD
                && (arg.text().endsWith("->" + c.member()) || arg.text().endsWith("." + c.member())));
    }

    /** The definition (or stub) {@code lf}: its old self, renamed, goes before it; its body calls that. */
    void definition(PlanContext ctx, Located<CFunction> lf, int k, String newName, String why) {
        CFunction f = lf.node();
        String text = lf.unit().text();
        int from = Layout.lineStart(text, f.span().start());
        ctx.edit(TextEdit.insert(lf.path(), from, renamed(text, from, f) + "\n\n", why));
        List<String> args = new ArrayList<>();
        for (CParameter p : f.params()) {
            args.add(p.index() == k ? conversion + "(" + newName + ")" : p.name());
        }
        String call = variant + "(" + String.join(", ", args) + ");";
        boolean returns = !TypeResolver.normalise(f.returnType()).equals("void");
        ctx.replaced(f.body().span());
        ctx.edit(TextEdit.replace(f.body().span(), "{\n\t" + (returns ? "return " : "") + call + "\n}", why));
        ctx.site(f.nameSpan(), function + "() keeps its body as " + variant + "(), which takes the old type, "
                + "and calls it");
    }

    /** A prototype: the variant's, renamed from it, goes on the line before. */
    void prototype(PlanContext ctx, Located<CFunction> lf, String why) {
        String text = lf.unit().text();
        int from = Layout.lineStart(text, lf.node().span().start());
        ctx.edit(TextEdit.insert(lf.path(), from, renamed(text, from, lf.node()) + "\n", why));
        ctx.site(lf.node().nameSpan(), "prototype of " + variant + "() added before " + function + "()'s");
    }

    /** A caller that holds the old type calls the variant; its continuation lines follow the parenthesis. */
    void caller(PlanContext ctx, Located<CCall> lc, String why) {
        CCall c = lc.node();
        String text = lc.unit().text();
        ctx.edit(TextEdit.replace(c.calleeSpan(), variant, why));
        ctx.replaced(c.calleeSpan());
        int shift = variant.length() - function.length();
        int paren = Layout.columnOf(text, c.calleeSpan().end());
        for (int at = Layout.nextLineStart(text, c.calleeSpan().end()); at < c.span().end();
                at = Layout.nextLineStart(text, at)) {
            String indent = Layout.indentation(text, at);
            if (Layout.column(0, indent) == paren + 1) {
                ctx.edit(new TextEdit(lc.path(), at, at + indent.length(), Layout.gap(0, paren + 1 + shift, true),
                        why));
            }
        }
        ctx.site(c.span(), "holds the old type: calls " + variant + "()");
    }

    /** The text of {@code f} from its first line, named {@code variant}, its parameter lines realigned. */
    private String renamed(String text, int from, CFunction f) {
        int nameAt = f.nameSpan().start();
        int paren = Layout.columnOf(text, f.nameSpan().end());
        int shift = variant.length() - function.length();
        StringBuilder out = new StringBuilder(text.substring(from, nameAt)).append(variant);
        int at = f.nameSpan().end();
        while (at < f.span().end()) {
            int next = Math.min(Layout.nextLineStart(text, at), f.span().end());
            String line = text.substring(at, next);
            if (at > f.nameSpan().end() && at < f.paramsSpan().end()) {
                String indent = Layout.indentation(text, at);
                if (!indent.isEmpty() && Layout.column(0, indent) == paren + 1) {
                    line = Layout.gap(0, paren + 1 + shift, true) + line.substring(indent.length());
                }
            }
            out.append(line);
            at = next;
        }
        return out.toString();
    }
}

package respin.rewriters.members;

import java.util.List;
import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.CType;
import respin.core.index.Located;
import respin.core.model.CCall;
import respin.core.model.CField;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.CTree;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Removes a parameter from a function-pointer member and follows it: the member's
 * declaration and its calls ({@code drv->probe(client, id)}) lose it
 * ({@link Follow#MEMBER}), and so does every function stored in the member, with its
 * prototypes and its direct calls ({@link Follow#FUNCTIONS}), and every function passed
 * where the member's type is wanted ({@link PassedFunctions}). A member declared with a
 * function-pointer typedef loses the parameter in the typedef.
 *
 * <p>A function whose body uses the parameter gets a local of the parameter's type in
 * its place, declared once in the body's declaration order and initialised with
 * {@code replaceUses}, in which the member's other parameter names stand for the
 * function's own ({@code client} becomes {@code i2c} in {@code foo_probe(struct
 * i2c_client *i2c, …)}). Unused, it just goes. {@code moveTo} moves each store of a
 * followed function to another member ({@code .probe = f} becomes
 * {@code .probe_new = f}), so that a driver can change before the member does.
 */
public final class RemoveParameter implements Rewriter {
    /** What a removal follows. */
    public enum Follow { MEMBER, FUNCTIONS, BOTH }

    private final String tag;
    private final String member;
    private final String param;
    private final String replaceUses;
    private final Follow follow;
    private final String moveTo;

    public RemoveParameter(String tag, String member, String param, String replaceUses, Follow follow,
            String moveTo) {
        this.tag = tag;
        this.member = member;
        this.param = param;
        this.replaceUses = replaceUses;
        this.follow = follow;
        this.moveTo = moveTo;
    }

    @Override
    public String displayName() {
        return "Remove parameter " + param + " of " + tag + "." + member;
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(CType.tagName(tag));
    }

    @Override
    public void plan(PlanContext ctx) {
        Located<CField> lf = ctx.index().field(tag, member).orElse(null);
        MemberType type = lf == null ? null : MemberType.of(ctx.index(), lf.node());
        if (type == null) {
            ctx.noTarget(lf == null ? "no member " + tag + "." + member + " in the tree"
                    + ctx.index().nearestRecord(tag) : tag + "." + member + " is not a function pointer");
            return;
        }
        List<CParameter> params = type.params();
        int index = indexOf(params, param);
        if (index < 0) {
            ctx.leftover(lf.node().span(), tag + "." + member + " has no parameter " + param
                    + " (removed already?); nothing changed");
            return;
        }
        MemberStores stores = new MemberStores(ctx, tag, type);
        if (follow != Follow.FUNCTIONS) {
            if (type.typedef() == null) {
                ctx.edit(ParameterLists.remove(lf.path(), params, index, displayName()));
                ctx.site(lf.node().span(), "member " + tag + "." + member + " loses parameter " + param);
            } else {
                ctx.edit(ParameterLists.remove(type.typedef().path(), params, index, displayName()));
                ctx.site(type.typedef().node().span(), "typedef " + type.typedefName() + ", the type of " + tag
                        + "." + member + ", loses parameter " + param);
            }
            for (MemberStores.Use use : stores.find(member)) {
                if (use.call() != null) {
                    dropArgument(ctx, use.unit(), use.call(), index, params.size());
                }
            }
        }
        if (follow != Follow.MEMBER) {
            new StoredFunctions(ctx, stores, type, index, replaceUses, moveTo, displayName())
                    .plan(member, follow == Follow.BOTH);
        }
    }

    private void dropArgument(PlanContext ctx, CTranslationUnit u, CInvocation call, int index, int arity) {
        List<CTree> args = call.arguments();
        if (args.size() != arity) {
            ctx.leftover(u.lines().span(call.span().start(), call.span().end()), "call of " + member + " passes "
                    + args.size() + " arguments, the member takes " + arity + "; " + param + " not removed");
            return;
        }
        dropArgument(ctx, u, call, index, displayName());
        ctx.site(u.lines().span(call.span().start(), call.span().end()), "call of ->" + member + "() drops "
                + param);
    }

    /** Drops argument {@code index} of {@code call}, a node of {@code u}'s syntax tree. */
    static void dropArgument(PlanContext ctx, CTranslationUnit u, CInvocation call, int index, String why) {
        ctx.edit(drop(u.path(), call.arguments().stream().map(CTree::span).toList(), index, why));
    }

    /** Drops argument {@code index} of a direct call. */
    static void dropArgument(PlanContext ctx, Located<CCall> lc, int index, String why) {
        ctx.edit(drop(lc.path(), lc.node().args().stream().map(a -> a.span()).toList(), index, why));
    }

    /** Removes argument {@code index} of those at {@code spans} with the comma that joins it. */
    private static TextEdit drop(String path, List<Span> spans, int index, String why) {
        int from = index == 0 ? spans.get(0).start() : spans.get(index - 1).end();
        int to = index == 0 && spans.size() > 1 ? spans.get(1).start() : spans.get(index).end();
        return new TextEdit(path, from, to, "", why);
    }

    static int indexOf(List<CParameter> params, String name) {
        for (CParameter p : params) {
            if (name.equals(p.name())) {
                return p.index();
            }
        }
        return -1;
    }

    /** {@code const struct i2c_device_id *id}; the type alone for an unnamed parameter. */
    static String declaration(CParameter p) {
        return p.name() == null ? p.type() : Layout.declaration(p.type(), p.name());
    }
}

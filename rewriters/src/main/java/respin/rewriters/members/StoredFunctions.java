package respin.rewriters.members;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.model.CCall;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CStatement;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.model.tree.CDesignation;
import respin.core.model.tree.CFieldAccess;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.plan.PlanContext;
import respin.rewriters.DeclarationInserter;

/**
 * The function side of {@link RemoveParameter}: every function stored in the member
 * loses the parameter in its definition, its prototypes and its direct calls; a body
 * that uses it gets a local in its place.
 */
final class StoredFunctions {
    private final PlanContext ctx;
    private final MemberStores stores;
    private final MemberType type;
    private final List<CParameter> params;
    private final int index;
    private final String replaceUses;
    private final String moveTo;
    private final String why;
    private final Set<String> seen = new HashSet<>();

    StoredFunctions(PlanContext ctx, MemberStores stores, MemberType type, int index, String replaceUses,
            String moveTo, String why) {
        this.ctx = ctx;
        this.stores = stores;
        this.type = type;
        this.params = type.params();
        this.index = index;
        this.replaceUses = replaceUses;
        this.moveTo = moveTo;
        this.why = why;
    }

    /**
     * Converts the functions stored in {@code member} and those passed where its type is
     * wanted ({@link PassedFunctions}); {@code withMember} says that the member's own type
     * changes in the same step, so that what its typedef declares may change too.
     */
    void plan(String member, boolean withMember) {
        int[] found = {0};
        List<MemberStores.Use> parameters = new ArrayList<>();
        // file by file, so that a function's body is read on the tree its store was found in
        stores.forEach(member, use -> {
            if (use.value() == null) {
                return;
            }
            found[0]++;
            String name = use.function();
            if (name != null && PassedFunctions.parameter(use.unit(), use.value().span().start(), name) != null) {
                parameters.add(use); // a parameter of the function that stores it: its callers pass the function
            } else {
                stored(use, member);
            }
        });
        new PassedFunctions(ctx, stores, type, index, this, why).plan(member, parameters, withMember);
        if (found[0] == 0) {
            ctx.leftover(ctx.index().field(stores.tag(), member).orElseThrow().node().span(),
                    "no function is stored in " + stores.tag() + "." + member + "; nothing to convert");
        }
    }

    /** Converts the function stored by {@code use}, and moves the store to the other member when asked. */
    private void stored(MemberStores.Use use, String member) {
        String name = use.function();
        if (name == null) {
            ctx.leftover(use.name(), "." + member + " is given " + use.unit().text(use.value().span())
                    + ", not a function's name; not converted");
            return;
        }
        List<Located<CFunction>> fns = stores.functions(use.unit(), name);
        if (fns.isEmpty()) {
            ctx.leftover(use.name(), name + " is stored in ." + member + " but the tree has no function "
                    + name + "() (a macro makes it?); not converted");
            return;
        }
        boolean ok = true;
        for (Located<CFunction> lf : fns) {
            ok &= convert(lf, "is stored in ." + member);
        }
        if (ok) {
            moveStore(use, name + "()", member);
        }
    }

    /** Moves a store of a converted function, or of a parameter that takes the new type, to {@code moveTo}, if any. */
    void moveStore(MemberStores.Use use, String what, String member) {
        if (moveTo != null) {
            MemberRenames.rename(ctx, use, moveTo, why);
            ctx.site(use.name(), what + " moves from ." + member + " to ." + moveTo);
        }
    }

    /**
     * Converts one definition or prototype once; false when it does not take the member's
     * parameters. {@code how} says how it reaches the member ({@code is stored in .probe}).
     */
    boolean convert(Located<CFunction> lf, String how) {
        CFunction f = lf.node();
        if (!seen.add(lf.path() + ":" + f.nameSpan().start())) {
            return true;
        }
        if (!MemberStores.sameTypes(f.params(), params)) {
            ctx.leftover(f.nameSpan(), f.name() + "() " + how + " but its parameters are not the member's; "
                    + "not converted");
            return false;
        }
        CParameter gone = f.params().get(index);
        ctx.edit(ParameterLists.remove(lf.path(), f.params(), index, why));
        ctx.site(f.nameSpan(), (f.isDefinition() ? "definition" : "prototype") + " of " + f.name()
                + "() drops " + RemoveParameter.declaration(gone));
        if (f.isDefinition() && gone.name() != null) {
            replaceUses(lf.unit(), f, gone);
        }
        if (seen.add("calls:" + f.name() + ":" + (f.isStatic() ? lf.path() : ""))) {
            for (Located<CCall> lc : ctx.index().callsTo(f.name())) {
                if ((!f.isStatic() || lc.unit() == lf.unit()) && lc.node().args().size() == params.size()) {
                    RemoveParameter.dropArgument(ctx, lc, index, why);
                    ctx.site(lc.node().span(), "call of " + f.name() + "() drops its argument " + index);
                }
            }
        }
        return true;
    }

    private void replaceUses(CTranslationUnit u, CFunction f, CParameter gone) {
        List<CToken> uses = uses(u, f.body().span(), gone.name());
        if (uses.isEmpty()) {
            return;
        }
        if (replaceUses == null) {
            ctx.leftover(uses.get(0).span(), f.name() + "() uses " + gone.name()
                    + " and the recipe gives no replace-uses; not converted");
            return;
        }
        String init = Substitution.of(replaceUses, params, f.params());
        String decl = Layout.declaration(gone.type(), gone.name()) + " = " + init + ";";
        int limit = Integer.MAX_VALUE;
        for (CStatement s : f.body().leadingDeclarations()) {
            Span in = s.span();
            if (uses.stream().anyMatch(t -> in.start() <= t.span().start() && t.span().end() <= in.end())) {
                limit = in.start();
                break;
            }
        }
        new DeclarationInserter(u.text(), u.path(), f.body()).insert(ctx, decl, why, limit);
        ctx.site(f.nameSpan(), f.name() + "() uses " + gone.name() + ": " + decl);
    }

    /** The tokens in {@code span} that name {@code name} as a variable (not {@code x->name}, not {@code .name =}). */
    static List<CToken> uses(CTranslationUnit u, Span span, String name) {
        CTree root = u.syntax();
        for (CTree item : root.parts()) {
            if (item.span().start() <= span.start() && span.end() <= item.span().end()) {
                root = item; // the definition: walk it, not the file
            }
        }
        List<CToken> out = new ArrayList<>();
        AncestorWalk.walk(root, true, (node, up) -> {
            if (node instanceof CToken t && t.text().equals(name) && span.start() <= t.span().start()
                    && t.span().end() <= span.end()) {
                CTree p = up.get(up.size() - 1);
                boolean member = p instanceof CFieldAccess a && a.member() == t
                        || p instanceof CDesignation d && d.designators().contains(t);
                if (!member) {
                    out.add(t);
                }
            }
        });
        return out;
    }
}

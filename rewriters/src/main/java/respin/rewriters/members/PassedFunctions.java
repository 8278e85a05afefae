package respin.rewriters.members;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import respin.core.index.Located;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.model.tree.CIdentifier;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.CParens;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CUnary;
import respin.core.plan.PlanContext;

/**
 * Functions passed where a function-pointer member's type is wanted: arguments of a
 * function whose parameter flows into the member ({@code foo_register(drv, foo_probe)}
 * where {@code foo_register()} does {@code drv->probe = fn}, also through another such
 * function), which change like stored functions while the parameter's own type changes
 * in the callee's definition and prototypes; and arguments of a parameter declared with
 * the member's typedef, which change with the typedef. A parameter that only has the
 * member's type spelled out, a callee the index does not declare and a call through a
 * pointer are left for a human: the value may never reach the member.
 */
final class PassedFunctions {
    /** Parameter {@code index} of the function {@code def} flows into the member. */
    private record Feeder(Located<CFunction> def, int index) {
        boolean calledBy(Call c) {
            return def.node().name().equals(c.call().name()) && (!def.node().isStatic() || c.unit() == def.unit());
        }

        CParameter param() {
            return def.node().params().get(index);
        }
    }

    /** A call in a file. */
    private record Call(CTranslationUnit unit, CInvocation call) {
    }

    private final PlanContext ctx;
    private final MemberStores stores;
    private final MemberType type;
    private final int index;
    private final StoredFunctions functions;
    private final String why;
    private final List<Feeder> feeders = new ArrayList<>();
    private final Set<String> retyped = new HashSet<>();
    /** Feeders whose parameter could not take the new type: what is passed to them stays. */
    private final List<Feeder> blocked = new ArrayList<>();

    PassedFunctions(PlanContext ctx, MemberStores stores, MemberType type, int index, StoredFunctions functions,
            String why) {
        this.ctx = ctx;
        this.stores = stores;
        this.type = type;
        this.index = index;
        this.functions = functions;
        this.why = why;
    }

    /**
     * Follows {@code stored}, the stores of a parameter in {@code member} ({@code d->probe = fn}),
     * to the functions passed for it, and converts the functions passed where the member's
     * typedef is wanted when {@code withMember} (the typedef changes in this step).
     */
    void plan(String member, List<MemberStores.Use> stored, boolean withMember) {
        for (MemberStores.Use use : stored) {
            CTranslationUnit u = use.unit();
            CFunction f = u.enclosingFunction(use.value().span().start());
            CParameter p = parameter(u, use.value().span().start(), use.function());
            Feeder fd = new Feeder(new Located<>(u, f), p.index());
            add(fd);
            if (retype(fd, member, withMember, "is stored in ." + member)) {
                functions.moveStore(use, "parameter " + p.name() + " of " + f.name() + "()", member);
            } else {
                blocked.add(fd);
            }
        }
        Set<String> candidates = candidates();
        List<Call> calls = calls(candidates);
        while (follow(calls, member, withMember)) {
            calls = calls(candidates); // a new function passes its parameter on: find its callers too
        }
        for (Call c : calls) {
            for (int k = 0; k < c.call().arguments().size(); k++) {
                passed(c, k, member, candidates, withMember);
            }
        }
    }

    /** Adds the functions that pass their own parameter to a feeder's; true when one was added. */
    private boolean follow(List<Call> calls, String member, boolean withMember) {
        boolean grew = false;
        for (Call c : calls) {
            for (Feeder fd : List.copyOf(feeders)) {
                CIdentifier id = fd.calledBy(c) ? name(c.call().argument(fd.index())) : null;
                CParameter p = id == null ? null : parameter(c.unit(), id.span().start(), id.name());
                if (p == null) {
                    continue;
                }
                Feeder g = new Feeder(new Located<>(c.unit(), c.unit().enclosingFunction(id.span().start())),
                        p.index());
                if (feeders.stream().noneMatch(h -> h.def().node() == g.def().node() && h.index() == g.index())) {
                    add(g);
                    if (!retype(g, member, withMember, "is passed to " + fd.def().node().name() + "(), whose "
                            + "parameter " + fd.param().name() + " reaches ." + member)) {
                        blocked.add(g);
                    }
                    grew = true;
                }
            }
        }
        return grew;
    }

    /**
     * Adds a feeder; the callers of one other files can see are looked for in every file of
     * the tree that names it, not only in those the candidate scan picked.
     */
    private void add(Feeder fd) {
        feeders.add(fd);
        if (!fd.def().node().isStatic()) {
            ctx.widen(fd.def().node().name());
        }
    }

    /** Argument {@code k} of a call: converted, left for a human with the reason, or not the member's business. */
    private void passed(Call c, int k, String member, Set<String> candidates, boolean withMember) {
        CTree arg = c.call().argument(k);
        CIdentifier id = name(arg);
        Span at = c.unit().lines().span(arg.span().start(), arg.span().end());
        Feeder fd = feeders.stream().filter(f -> f.calledBy(c) && f.index() == k).findFirst().orElse(null);
        if (fd != null) {
            String to = " is passed to " + fd.def().node().name() + "(), whose parameter " + fd.param().name()
                    + " reaches ." + member;
            if (id == null) {
                ctx.leftover(at, c.unit().text(arg.span()) + to + ", and is not a function's name; not converted");
            } else if (blocked.contains(fd)) {
                ctx.leftover(at, id.name() + to + ", which respin cannot retype (left for a human "
                        + "there); not converted");
            } else if (!id.name().equals("NULL") && parameter(c.unit(), id.span().start(), id.name()) == null) {
                convert(c.unit(), id.name(), at, to);
            }
            return;
        }
        if (id == null || !candidates.contains(id.name()) || parameter(c.unit(), id.span().start(), id.name()) != null
                || stores.functions(c.unit(), id.name()).isEmpty()) {
            return;
        }
        String callee = c.call().name();
        String has = id.name() + "() has ." + member + "'s parameters and is passed ";
        if (callee == null) {
            ctx.leftover(at, has + "through a function pointer, whose parameter the index cannot see; not converted");
            return;
        }
        List<Located<CFunction>> targets = stores.functions(c.unit(), callee);
        if (targets.isEmpty()) {
            ctx.leftover(at, has + "to " + callee + "(), which the index does not declare (a macro?); not converted");
            return;
        }
        CParameter p = targets.get(0).node().params().size() > k ? targets.get(0).node().params().get(k) : null;
        String as = "to " + callee + "() as its parameter " + (p == null ? "" : p.name() + " ");
        if (p != null && type.typedefOf(p, ctx.index())) {
            if (withMember) {
                convert(c.unit(), id.name(), at, " is passed " + as + "of type " + p.declarator().type() + ", ." + member
                        + "'s");
            } else {
                ctx.leftover(at, has + as + "of type " + p.declarator().type() + ", which changes only with the member; "
                        + "not converted (follow: both converts it with the member)");
            }
        } else if (p != null && type.sameShape(p)) {
            ctx.leftover(at, has + as + "(" + targets.get(0).path() + ":" + p.span().line() + ":" + p.span().col()
                    + "), which has ." + member + "'s type but does not reach ." + member + "; not converted");
        }
    }

    private void convert(CTranslationUnit u, String name, Span at, String how) {
        List<Located<CFunction>> fns = stores.functions(u, name);
        if (fns.isEmpty()) {
            ctx.leftover(at, name + how + ", but the tree has no function " + name + "() (a macro makes it?); "
                    + "not converted");
            return;
        }
        boolean ok = true;
        for (Located<CFunction> lf : fns) {
            ok &= functions.convert(lf, how.substring(1));
        }
        if (ok) {
            ctx.site(at, name + "()" + how);
        }
    }

    /**
     * Gives a feeder's parameter the member's new type in its definition and prototypes, and
     * drops the argument of the calls made through it; false when its type is not the member's.
     */
    private boolean retype(Feeder fd, String member, boolean withMember, String how) {
        boolean ok = true;
        String name = fd.def().node().name();
        for (Located<CFunction> lf : stores.functions(fd.def().unit(), name)) {
            if (!retyped.add(lf.path() + ":" + lf.node().nameSpan().start() + ":" + fd.index())) {
                continue;
            }
            CParameter p = lf.node().params().size() > fd.index() ? lf.node().params().get(fd.index()) : null;
            String what = "parameter " + (p == null ? fd.index() : p.name()) + " of " + name + "() " + how;
            if (p != null && type.sameShape(p)) {
                CParameter gone = p.declarator().fnParams().get(index);
                ctx.edit(ParameterLists.remove(lf.path(), p.declarator().fnParams(), index, why));
                ctx.site(p.span(), what + ": it drops " + RemoveParameter.declaration(gone) + " with the member");
            } else if (p != null && type.typedefOf(p, ctx.index()) && withMember) {
                ctx.site(p.span(), what + ": its type " + type.typedefName() + " changes with the member");
            } else {
                ctx.leftover(lf.node().nameSpan(), what + ", but its type is not ." + member + "'s spelled out"
                        + (p != null && type.typedefOf(p, ctx.index()) ? " (it is the typedef, which changes only "
                        + "with the member)" : "") + "; not converted");
                ok = false;
            }
        }
        if (ok && fd.def().node().isDefinition()) {
            dropThrough(fd);
        }
        return ok;
    }

    /** The calls a feeder makes through its parameter lose the argument. */
    private void dropThrough(Feeder fd) {
        CTranslationUnit u = fd.def().unit();
        CFunction f = fd.def().node();
        String p = fd.param().name();
        AncestorWalk.walk(u.syntax(), false, n -> n.span().start() < f.body().span().end()
                && f.body().span().start() < n.span().end(), (node, up) -> {
                    if (node instanceof CInvocation inv && name(inv.callee()) != null
                            && name(inv.callee()).name().equals(p)
                            && parameter(u, inv.span().start(), p) != null
                            && inv.arguments().size() == type.params().size()) {
                        RemoveParameter.dropArgument(ctx, u, inv, index, why);
                        ctx.site(u.lines().span(inv.span().start(), inv.span().end()), "call through " + p
                                + " in " + f.name() + "() drops its argument " + index);
                    }
                });
    }

    /** Names of the indexed functions whose parameters have the member's types. */
    private Set<String> candidates() {
        Set<String> out = new LinkedHashSet<>();
        for (CTranslationUnit u : ctx.index().units()) {
            for (CFunction f : u.functions()) {
                if (MemberStores.sameTypes(f.params(), type.params())) {
                    out.add(f.name());
                }
            }
        }
        return out;
    }

    /** The calls whose text names a candidate or a feeder, found on the syntax tree. */
    private List<Call> calls(Set<String> candidates) {
        Set<String> names = new HashSet<>(candidates);
        feeders.forEach(f -> names.add(f.def().node().name()));
        List<Call> out = new ArrayList<>();
        for (CTranslationUnit u : ctx.index().units()) {
            int[] at = names.stream().anyMatch(u::names) ? MemberStores.occurrences(u.text(), names) : new int[0];
            if (at.length == 0) {
                continue;
            }
            boolean held = u.syntaxTree().isBuilt();
            AncestorWalk.walk(u.syntax(), false, n -> n.span().holdsAny(at), (node, up) -> {
                if (node instanceof CInvocation inv && !inv.arguments().isEmpty()) {
                    out.add(new Call(u, inv));
                }
            });
            if (!held) {
                u.syntaxTree().release(); // a call keeps the nodes it names, not its tree
            }
        }
        return out;
    }

    /** The name {@code t} is ({@code f}, {@code &f}, {@code (f)}), or null. */
    private static CIdentifier name(CTree t) {
        CTree e = t;
        while (e instanceof CParens p && p.inner() != null || e instanceof CUnary u && u.operator().equals("&")
                && !u.postfix()) {
            e = e instanceof CParens p ? p.inner() : ((CUnary) e).operand();
        }
        return e instanceof CIdentifier id ? id : null;
    }

    /**
     * The parameter {@code name} written at {@code at} of {@code u} stands for: one of the
     * enclosing function's, not hidden by a local declared before; null otherwise.
     */
    static CParameter parameter(CTranslationUnit u, int at, String name) {
        CFunction f = u.enclosingFunction(at);
        if (f == null || f.localsBefore(at).stream().anyMatch(d -> name.equals(d.name()))) {
            return null;
        }
        return f.param(name).orElse(null);
    }
}

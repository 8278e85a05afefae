package respin.rewriters.members;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import respin.core.edit.TextEdit;
import respin.core.index.CType;
import respin.core.index.Located;
import respin.core.model.CField;
import respin.core.model.CFunction;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Renames a struct member where it is named: designated initializers
 * ({@code .probe_new = f}) and accesses ({@code drv->probe_new}). When the new name is
 * already a member (an alias made by {@link AliasMember}), the two merge: only the uses
 * move, and the old member is removed by a later change. Uses that an earlier step
 * moved to the old name ({@code .probe} written as {@code .probe_new}) move too.
 */
public final class RenameMember implements Rewriter {
    private final String tag;
    private final String member;
    private final String to;

    public RenameMember(String tag, String member, String to) {
        this.tag = tag;
        this.member = member;
        this.to = to;
    }

    @Override
    public String displayName() {
        return "Rename " + tag + "." + member + " to " + to;
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(CType.tagName(tag));
    }

    @Override
    public void plan(PlanContext ctx) {
        Located<CField> f = ctx.index().field(tag, member).orElse(null);
        if (f == null && ctx.index().field(tag, to).isPresent()) {
            ctx.leftover(ctx.index().field(tag, to).get().node().span(), tag + " has " + to + " and no "
                    + member + " (renamed already?); nothing changed");
            return;
        }
        if (f == null) {
            ctx.noTarget("no member " + tag + "." + member + " in the tree" + ctx.index().nearestRecord(tag));
            return;
        }
        MemberStores stores = new MemberStores(ctx, tag, MemberType.of(ctx.index(), f.node()));
        List<MemberStores.Use> uses = new ArrayList<>(stores.find(member));
        List<MemberStores.Use> toUses = stores.find(to); // a walk of every file naming it: once
        for (MemberStores.Use u : toUses) {
            String now = ctx.rewrittenTo(u.name()).orElse("");
            if (now.equals(member) || now.startsWith("." + member) && !Character.isJavaIdentifierPart(
                    now.length() > member.length() + 1 ? now.charAt(member.length() + 1) : ' ')) {
                uses.add(u);
            }
        }
        List<MemberStores.Use> targets = ctx.index().field(tag, to).isPresent() ? toUses : List.of();
        Set<CFunction> reported = new HashSet<>();
        for (MemberStores.Use u : uses) {
            bothRead(ctx, u, targets, uses, reported);
            MemberRenames.rename(ctx, u, to, displayName());
            ctx.site(u.name(), (u.access() == null ? "initializer ." : "access ") + member + " becomes " + to);
        }
        if (ctx.index().field(tag, to).isEmpty()) {
            ctx.edit(TextEdit.replace(f.node().declarator().nameSpan(), to, displayName()));
            ctx.site(f.node().span(), "member " + tag + "." + member + " renamed " + to);
        } else if (uses.isEmpty()) {
            ctx.leftover(f.node().span(), "nothing names " + tag + "." + member + "; no use moved to " + to);
        }
    }

    /**
     * A function that uses both names ({@code if (drv->probe_new) … else if (drv->probe)})
     * uses one pointer twice once they merge: it still builds, but a test or call is now a
     * repeat of the other, for a human to remove. An access found under both names (one an
     * earlier step moved from {@code to} to {@code member}, as {@code i2c_driver->probe = f}
     * becoming {@code ->probe_new} and back) is one access, not two.
     */
    private void bothRead(PlanContext ctx, MemberStores.Use u, List<MemberStores.Use> targets,
            List<MemberStores.Use> uses, Set<CFunction> reported) {
        if (u.access() == null) {
            return;
        }
        CFunction f = u.unit().enclosingFunction(u.name().start());
        MemberStores.Use other = f == null ? null : targets.stream().filter(t -> t.access() != null
                && t.unit() == u.unit() && u.unit().enclosingFunction(t.name().start()) == f
                && uses.stream().noneMatch(x -> x.unit() == t.unit() && x.name().start() == t.name().start()))
                .findFirst().orElse(null);
        if (other != null && reported.add(f)) { // the first pair names the function
            ctx.leftover(f.nameSpan(), f.name() + "() " + verb(u) + " " + member + " (line " + u.name().line()
                    + ") and " + verb(other) + " " + to + " (line " + other.name().line() + "), one pointer once "
                    + "they merge; remove the test or call that becomes a repeat by hand");
        }
    }

    private static String verb(MemberStores.Use u) {
        return u.value() != null ? "stores" : u.call() != null ? "calls" : "reads";
    }
}

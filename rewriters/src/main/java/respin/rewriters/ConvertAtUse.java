package respin.rewriters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import respin.core.edit.TextEdit;
import respin.core.index.CType;
import respin.core.index.ExpressionTypes;
import respin.core.index.Located;
import respin.core.index.WordHit;
import respin.core.model.CCall;
import respin.core.model.CFunction;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CFieldAccess;
import respin.core.model.tree.CFunctionDefinition;
import respin.core.model.tree.CIdentifier;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.COpaqueExpression;
import respin.core.model.tree.COpaqueStatement;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CTreeScanner;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;
import respin.core.plan.TypeChange;

/**
 * Makes every use of a retyped value agree with its new type, across the tree, deciding
 * each use on the syntax tree ({@link UseDecision}: from the use's parent node and the
 * types of the nodes around it).
 *
 * <p>A retyped field that is dereferenced or passed where the old type is wanted gets
 * the conversion ({@code file_to_kvm(vdev->vdev.kvm)}); a value of the old type
 * passed to a retyped parameter is replaced by its declared equivalent
 * ({@code dev->kvm} by {@code dev->kvm_file}) or unwrapped from the conversion. A
 * value that flows unchanged from one step's retyped field into another step's
 * retyped parameter couples the two steps. Anything else is left for a human with
 * the reason.
 */
public final class ConvertAtUse implements Rewriter {
    private final String oldType;
    private final String newType;
    private final String conversion;
    private final Map<String, String> equivalents;
    private final Map<String, String> references;

    /**
     * @param conversion  function from the new type to the old one ({@code file_to_kvm})
     * @param equivalents {@code "struct kvm_device.kvm" -> "kvm_file"}: a member of the
     *                    old type with a sibling of the new type that holds the same thing
     * @param references  reference-count calls mapped from the old type to the new one
     *                    ({@code kvm_get_kvm -> get_file}): {@code x = kvm_get_kvm(p)} on a
     *                    retyped {@code p} becomes a value of the new type
     */
    public ConvertAtUse(String oldType, String newType, String conversion, Map<String, String> equivalents,
            Map<String, String> references) {
        this.oldType = CType.normalise(oldType);
        this.newType = CType.normalise(newType);
        this.conversion = conversion;
        this.equivalents = Map.copyOf(equivalents);
        this.references = Map.copyOf(references);
    }

    @Override
    public String displayName() {
        return "Convert uses of " + oldType + " values that became " + newType;
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(conversion);
    }

    @Override
    public void plan(PlanContext ctx) {
        List<TypeChange> changes = ctx.typeChanges().stream()
                .filter(c -> c.oldType().equals(oldType) && c.newType().equals(newType)).toList();
        UseDecision decide = new UseDecision(ctx, oldType, newType, conversion, references, displayName());
        Set<String> fields = changes.stream().filter(c -> c.kind() == TypeChange.Kind.FIELD).map(TypeChange::member)
                .collect(Collectors.toSet());
        if (!fields.isEmpty()) {
            List<CTranslationUnit> named = ctx.index().units().stream()
                    .filter(u -> fields.stream().anyMatch(u::names)).toList();
            CTranslationUnit.buildSyntax(named);
            for (CTranslationUnit u : named) {
                // only an access by a retyped member's name can read one: the others' types are not worked out
                List<CFieldAccess> accesses = new ArrayList<>(u.findNaming(fields, CFieldAccess.class,
                        a -> fields.contains(a.name())));
                accesses.sort(Comparator.comparingInt((CFieldAccess a) -> a.span().start())
                        .thenComparingInt(a -> a.span().end()));
                for (CFieldAccess a : accesses) {
                    fieldUse(ctx, decide, u, a, changes);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (TypeChange c : changes) {
            if (c.kind() == TypeChange.Kind.PARAMETER && seen.add(c.owner() + "#" + c.member())) {
                arguments(ctx, decide, c);
                parameterUses(ctx, decide, c);
            }
        }
    }

    /** A member access that reads a retyped field. */
    private static void fieldUse(PlanContext ctx, UseDecision decide, CTranslationUnit u, CFieldAccess a,
            List<TypeChange> changes) {
        String tag = ctx.types().nodes().of(u, a.target()).tag();
        if (tag == null) {
            return;
        }
        for (TypeChange c : changes) {
            if (c.kind() == TypeChange.Kind.FIELD && c.owner().equals(tag) && c.member().equals(a.name())) {
                if (!ctx.isReplaced(a.span())) {
                    decide.classify(u, a, c);
                }
                return;
            }
        }
    }

    /**
     * Uses of a retyped parameter that keeps its name, inside its function: dereferenced
     * or passed where the old type is wanted, it gets the conversion like a retyped field.
     * (A renamed parameter keeps the old name as a converted local instead.)
     */
    private static void parameterUses(PlanContext ctx, UseDecision decide, TypeChange c) {
        if (c.owner().contains("::")) {
            return;
        }
        int k = Integer.parseInt(c.member());
        for (Located<CFunction> lf : ctx.index().definitions(c.owner())) {
            CFunction f = lf.node();
            if (f.params().size() <= k || !c.name().equals(f.params().get(k).name())) {
                continue;
            }
            CTranslationUnit u = lf.unit();
            CFunctionDefinition def = u.syntax().at(f.body().span().start(), CFunctionDefinition.class);
            if (def == null || def.body() == null) {
                ctx.leftover(f.nameSpan(), f.name() + "()'s body is not one respin could parse; the uses of "
                        + c.name() + ", now " + c.newType() + ", are not checked");
                continue;
            }
            for (CTree use : uses(u, def, c.name())) {
                Span span = use.span();
                if (f.localsBefore(span.start()).stream().anyMatch(d -> c.name().equals(d.name()))
                        || ctx.isReplaced(span) || ctx.isEdited(span) || ctx.hasSite(span)) {
                    continue;
                }
                if (use instanceof CIdentifier id) {
                    decide.classify(u, id, c);
                } else {
                    ctx.leftover(span, c.name() + " (now " + c.newType() + ") is used in code respin could not"
                            + " parse: " + (use instanceof COpaqueExpression o ? o.reason()
                                    : ((COpaqueStatement) use).reason()));
                }
            }
        }
    }

    /** The names {@code name} in the body of {@code def}, and the opaque expressions and statements that mention it. */
    private static List<CTree> uses(CTranslationUnit u, CFunctionDefinition def, String name) {
        List<CTree> out = new ArrayList<>();
        new CTreeScanner() {
            @Override
            public void visitIdentifier(CIdentifier id) {
                if (id.name().equals(name)) {
                    out.add(id);
                }
            }

            @Override
            public void visitOpaqueExpression(COpaqueExpression o) {
                mention(o);
            }

            @Override
            public void visitOpaqueStatement(COpaqueStatement o) {
                mention(o);
            }

            private void mention(CTree o) {
                if (WordHit.in(u.text(o.span()), Set.of(name)).stream().anyMatch(h -> h.where() == WordHit.Where.CODE
                        && !isMember(u.text(o.span()), h.start()))) {
                    out.add(o);
                }
            }
        }.scan(def.body());
        return out;
    }

    /** Calls of a retyped parameter with a value of the old type get its equivalent. */
    private void arguments(PlanContext ctx, UseDecision decide, TypeChange c) {
        int k = Integer.parseInt(c.member());
        ExpressionTypes types = ctx.types().nodes();
        for (CallIn lc : calls(ctx, c.owner())) {
            CInvocation call = lc.call();
            CTranslationUnit u = lc.unit();
            if (call.arguments().size() <= k || !(call.argument(k) instanceof CExpression arg)
                    || ctx.isReplaced(call.span()) || ctx.isReplaced(call.callee().span())) {
                continue; // a replaced callee: the call goes elsewhere (an old-type variant)
            }
            String a = u.text(arg.span());
            String callee = u.text(call.callee().span());
            if (arg.isName("NULL") || decide.isNewTyped(u, arg)) {
                if (!endsWithMember(arg)) { // field uses were classified above
                    ctx.site(c.step(), arg.span(), a + " passed to " + callee + "()"
                            + (arg.isName("NULL") ? "" : ", already " + newType) + ": unchanged");
                }
                continue;
            }
            CType t = types.of(u, arg);
            if (t.is(oldType) && arg instanceof CFieldAccess m) {
                String tag = types.of(u, m.target()).tag();
                String eq = equivalents.get((tag == null ? "" : tag) + "." + m.name());
                if (eq != null) {
                    ctx.edit(c.step(), TextEdit.replace(m.member().span(), eq, displayName()));
                    ctx.site(c.step(), arg.span(), a + " passed to " + callee + "(): " + u.text(m.target().span())
                            + (m.arrow() ? "->" : ".") + eq + " holds the " + newType);
                    continue;
                }
            }
            if (arg instanceof CInvocation inner && inner.calls(conversion) && !inner.arguments().isEmpty()) {
                Span in = u.lines().span(inner.arguments().get(0).span().start(),
                        inner.arguments().get(inner.arguments().size() - 1).span().end());
                ctx.edit(c.step(), TextEdit.replace(arg.span(), u.text(in), displayName()));
                continue;
            }
            ctx.leftover(arg.span(), a + " (" + t.text().orElse("type unknown") + ") is passed to " + callee
                    + "(), which now takes " + newType);
        }
    }

    /** Calls of {@code owner}: a function, or {@code fn::local}, a function-pointer local of {@code fn}. */
    private static List<CallIn> calls(PlanContext ctx, String owner) {
        List<CallIn> out = new ArrayList<>();
        if (owner.contains("::")) {
            String fn = owner.substring(0, owner.indexOf("::"));
            String local = owner.substring(owner.indexOf("::") + 2);
            for (Located<CFunction> lf : ctx.index().definitions(fn)) {
                Span body = lf.node().body().span();
                lf.unit().findNaming(Set.of(local), CInvocation.class, i -> i.calls(local) && body.contains(i.span()))
                        .forEach(i -> out.add(new CallIn(lf.unit(), i)));
            }
            return out;
        }
        Map<String, CTranslationUnit> units = new LinkedHashMap<>(); // by path: a unit's own hash is its whole model's
        for (Located<CCall> lc : ctx.index().callsTo(owner)) {
            units.putIfAbsent(lc.path(), lc.unit());
        }
        for (CTranslationUnit u : units.values()) {
            u.findNaming(Set.of(owner), CInvocation.class, i -> i.calls(owner)).forEach(i -> out.add(new CallIn(u, i)));
        }
        return out;
    }

    /** A call and the file it is in. */
    private record CallIn(CTranslationUnit unit, CInvocation call) {
    }

    /** True when the word at {@code at} of {@code text} follows {@code .} or {@code ->}: a member, not a variable. */
    private static boolean isMember(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '>' && i > 0 && text.charAt(i - 1) == '-');
    }

    /** True when the last token of {@code node} is a member name ({@code x->kvm}, {@code &a.b}). */
    private static boolean endsWithMember(CTree node) {
        CTree n = node;
        while (!n.parts().isEmpty()) {
            if (n instanceof CFieldAccess) {
                return true;
            }
            n = n.parts().get(n.parts().size() - 1);
        }
        return false;
    }
}

package respin.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import respin.core.index.CType;
import respin.core.index.ExpressionTypes;
import respin.core.index.SymbolIndex;
import respin.core.model.CFunction;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.model.tree.CAssignment;
import respin.core.model.tree.CBinary;
import respin.core.model.tree.CDesignation;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CFieldAccess;
import respin.core.model.tree.CIdentifier;
import respin.core.model.tree.CInitDeclarator;
import respin.core.model.tree.CInitializerList;
import respin.core.model.tree.CParens;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CTreeScanner;

/**
 * Stores, comparisons, member accesses and initializers checked on the syntax tree: every
 * one that involves a value the plan retypes (a read of a retyped member, a retyped
 * parameter) has types that fit, as far as they are known. A store or an initializer of
 * one struct pointer into another, a comparison of two different struct pointers, or a
 * member access through a retyped pointer to a struct whose indexed definitions lack that
 * member would not compile. An unknown type is never a finding.
 */
public final class UseTypes implements TypeCheck {

    @Override
    public List<WouldNotCompile> check(SymbolIndex tree, Plan plan, int patch, Collection<CTranslationUnit> units) {
        Retyped retyped = Retyped.of(plan);
        ExpressionTypes types = new ExpressionTypes(tree);
        List<WouldNotCompile> out = new ArrayList<>();
        List<CTranslationUnit> scanned = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        for (CTranslationUnit u : units) {
            int[] at = touchable(u, retyped, plan);
            if (at.length > 0) {
                scanned.add(u);
                where.add(at);
            }
        }
        CTranslationUnit.buildSyntax(scanned);
        for (int i = 0; i < scanned.size(); i++) {
            CTranslationUnit u = scanned.get(i);
            u.syntax().scan(new Uses(u, types, retyped, plan, patch, out, where.get(i)));
        }
        return out;
    }

    /**
     * Where in the file a use can stand that {@link Uses#touches}: the occurrences of a retyped
     * member's name and of the name of a parameter the plan retypes, in a file that declares
     * its function. Every use the checks look at holds one, so the scan enters only the
     * subtrees that hold one, and a file without any is not scanned (nor its tree built).
     */
    private static int[] touchable(CTranslationUnit u, Retyped retyped, Plan plan) {
        Set<String> names = new HashSet<>(retyped.members());
        for (TypeChange c : plan.typeChanges()) {
            if (c.kind() == TypeChange.Kind.PARAMETER && u.names(c.owner())) {
                u.functions(c.owner()).flatMap(f -> f.params().stream())
                        .filter(p -> p.name() != null && String.valueOf(p.index()).equals(c.member()))
                        .forEach(p -> names.add(p.name()));
            }
        }
        return u.occurrences(names);
    }

    /** The scan of one file. */
    private static final class Uses extends CTreeScanner {
        private final CTranslationUnit u;
        private final ExpressionTypes types;
        private final Retyped retyped;
        private final Plan plan;
        private final int patch;
        private final List<WouldNotCompile> out;
        private final int[] at;

        Uses(CTranslationUnit u, ExpressionTypes types, Retyped retyped, Plan plan, int patch,
                List<WouldNotCompile> out, int[] at) {
            this.at = at;
            this.u = u;
            this.types = types;
            this.retyped = retyped;
            this.plan = plan;
            this.patch = patch;
            this.out = out;
        }

        /** Only subtrees that hold a touchable name. */
        @Override
        protected boolean enter(CTree node) {
            return node.span().holdsAny(at);
        }

        @Override
        public void visitAssignment(CAssignment a) {
            if (a.operator().equals("=") && (touches(a.target()) || touches(a.value()))) {
                CType wants = types.of(u, a.target());
                mismatch(a.value(), wants, "is stored in " + text(a.target()) + ", a " + wants);
            }
        }

        @Override
        public void visitBinary(CBinary b) {
            if ((b.operator().equals("==") || b.operator().equals("!=")) && (touches(b.left()) || touches(b.right()))) {
                CType right = types.of(u, b.right());
                mismatch(b.left(), right, "is compared with " + text(b.right()) + ", a " + right);
            }
        }

        @Override
        public void visitFieldAccess(CFieldAccess a) {
            if (!touches(a.target())) {
                return;
            }
            CType t = types.of(u, a.target());
            String tag = t.tag();
            if (t.known() && ArgumentTypes.comparable(t.name()) && a.arrow() && tag != null
                    && !types.index().records(tag).isEmpty() && types.field(t, a.name()).isEmpty()) {
                out.add(new WouldNotCompile(a.target().span(), patch, text(a.target()) + " (" + t + ") has no member "
                        + a.name()));
            }
        }

        @Override
        public void visitInitDeclarator(CInitDeclarator d) {
            if (d.name() != null && d.initializer() != null && !(d.initializer() instanceof CInitializerList)
                    && touches(d.initializer())) {
                CType wants = types.name(u, d.name().span().start(), d.nameText());
                mismatch(d.initializer(), wants, "initializes " + d.nameText() + ", a " + wants);
            }
        }

        @Override
        public void visitDesignation(CDesignation d) {
            if (d.designators().size() != 1 || !(d.designators().get(0) instanceof CToken member)
                    || d.value() == null || d.value() instanceof CInitializerList || !touches(d.value())) {
                return;
            }
            CType record = initialized(d);
            if (record.known() && record.tag() != null && !record.name().endsWith("*")) {
                CType wants = types.member(record, member.text());
                mismatch(d.value(), wants, "initializes ." + member.text() + " of " + record + ", a " + wants);
            }
        }

        /** The type a designation's braces initialize: the declared type of {@code x = { .m = v }}. */
        private CType initialized(CDesignation d) {
            if (u.syntax().parent(d) instanceof CInitializerList list
                    && u.syntax().parent(list) instanceof CInitDeclarator decl && decl.name() != null) {
                return types.name(u, decl.name().span().start(), decl.nameText());
            }
            return CType.unknown("not the initializer of a declared name");
        }

        private void mismatch(CExpression value, CType wants, String what) {
            CType has = types.of(u, value);
            if (has.known() && wants.known() && ArgumentTypes.comparable(has.name())
                    && ArgumentTypes.comparable(wants.name()) && !has.equals(wants)) {
                Span at = value.span();
                out.add(new WouldNotCompile(at, patch, text(value) + " (" + has + ") " + what));
            }
        }

        /** True when {@code e} reads a retyped member or is a retyped parameter of its function. */
        private boolean touches(CExpression e) {
            CExpression x = e;
            while (x instanceof CParens p && p.inner() != null) {
                x = p.inner();
            }
            if (x instanceof CFieldAccess a) {
                return retyped.members().contains(a.name());
            }
            if (x instanceof CIdentifier id) {
                CFunction f = u.enclosingFunction(id.span().start());
                return f != null && plan.typeChanges().stream().anyMatch(c -> c.kind() == TypeChange.Kind.PARAMETER
                        && c.owner().equals(f.name()) && f.param(id.name()).map(p -> p.index())
                                .filter(k -> String.valueOf(k).equals(c.member())).isPresent());
            }
            return false;
        }

        private String text(CExpression e) {
            return u.text(e.span());
        }
    }
}

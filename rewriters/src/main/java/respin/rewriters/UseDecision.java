package respin.rewriters;

import java.util.Map;
import java.util.Optional;
import respin.core.edit.TextEdit;
import respin.core.index.CType;
import respin.core.index.ExpressionTypes;
import respin.core.index.Located;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.model.tree.CAssignment;
import respin.core.model.tree.CBinary;
import respin.core.model.tree.CConditional;
import respin.core.model.tree.CDoWhile;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CFieldAccess;
import respin.core.model.tree.CFile;
import respin.core.model.tree.CFor;
import respin.core.model.tree.CIdentifier;
import respin.core.model.tree.CIf;
import respin.core.model.tree.CInitDeclarator;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.CParens;
import respin.core.model.tree.CReturn;
import respin.core.model.tree.CSubscript;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CUnary;
import respin.core.model.tree.CWhile;
import respin.core.plan.PlanContext;
import respin.core.plan.TypeChange;

/**
 * What one use of a retyped value needs, decided from its parent node: dereferenced or
 * member-accessed, an argument, a truth test, a comparison, the target or the value of a
 * store or an initializer, a returned value; anything else is left for a human.
 * Parentheses around the use are looked through.
 */
final class UseDecision {
    private final PlanContext ctx;
    private final ExpressionTypes types;
    private final String oldType;
    private final String newType;
    private final String conversion;
    private final Map<String, String> references;
    private final String rewriter;

    UseDecision(PlanContext ctx, String oldType, String newType, String conversion, Map<String, String> references,
            String rewriter) {
        this.ctx = ctx;
        this.types = ctx.types().nodes();
        this.oldType = oldType;
        this.newType = newType;
        this.conversion = conversion;
        this.references = references;
        this.rewriter = rewriter;
    }

    /** Decides the use {@code use} (a node of {@code u}) of a value that {@code change} retypes. */
    void classify(CTranslationUnit u, CExpression use, TypeChange change) {
        CFile file = u.syntax();
        CTree child = use;
        CTree parent = file.parent(use);
        while (parent instanceof CParens) {
            child = parent;
            parent = file.parent(parent);
        }
        Span span = use.span();
        String expr = u.text(span);
        String step = change.step();
        if (parent instanceof CFieldAccess a && a.target() == child
                || parent instanceof CUnary un && un.operator().equals("*") && !un.postfix()
                || parent instanceof CSubscript s && s.target() == child) {
            wrap(span, expr, step, "dereferenced");
        } else if (parent instanceof CInvocation call && call.arguments().contains(child)) {
            new CallArgument(ctx, u, call, oldType, newType).decide(call.arguments().indexOf(child),
                    span, expr, step, this::wrap);
        } else if (truthTest(parent, child)) {
            ctx.site(step, span, expr + " tested for NULL: unchanged");
        } else if (parent instanceof CBinary b && (b.operator().equals("==") || b.operator().equals("!="))) {
            CExpression other = b.left() == child ? b.right() : b.left();
            if (isNewTyped(u, other)) {
                ctx.site(step, span, expr + " compared with another " + newType
                        + ": the same VM either way, unchanged");
            } else if (types.of(u, other).is(oldType)) {
                wrap(span, expr, step, "compared with " + u.text(other.span()) + ", a " + oldType);
            } else {
                unknown(span, expr);
            }
        } else if (parent instanceof CAssignment a && a.operator().equals("=")) {
            assignment(u, a, a.target() == child, span, expr, step);
        } else if (parent instanceof CInitDeclarator d && d.initializer() == child && d.name() != null) {
            stored(u, d.nameText(), types.name(u, d.name().span().start(), d.nameText()), span, expr, step);
        } else if (parent instanceof CReturn && returnsOld(u, span)) {
            wrap(span, expr, step, "returned from " + u.enclosingFunction(span.start()).name() + "(), which returns "
                    + oldType);
        } else {
            unknown(span, expr);
        }
    }

    private void assignment(CTranslationUnit u, CAssignment a, boolean target, Span span, String expr,
            String step) {
        if (target) {
            CExpression rhs = unparen(a.value());
            String value = u.text(a.value().span());
            if (rhs.isName("NULL") || isNewTyped(u, rhs)) {
                ctx.site(step, span, expr + " = " + value + ": both sides are " + newType);
            } else if (rhs instanceof CInvocation ref && ref.name() != null && references.containsKey(ref.name())
                    && ref.arguments().size() == 1 && ref.argument(0) instanceof CExpression arg
                    && isNewTyped(u, arg)) {
                ctx.site(step, span, expr + " = " + value + ": " + ref.name() + "() becomes "
                        + references.get(ref.name()) + "(), both sides are " + newType);
            } else {
                unknown(span, expr);
            }
            return;
        }
        if (isNewTyped(u, a.target())) {
            ctx.site(step, span, u.text(a.target().span()) + " = " + expr + ": both sides are " + newType);
        } else {
            stored(u, u.text(a.target().span()), types.of(u, a.target()), span, expr, step);
        }
    }

    /** The use is stored in {@code target}: unchanged when that is of the new type, converted for the old. */
    private void stored(CTranslationUnit u, String target, CType type, Span span, String expr, String step) {
        if (type.is(newType)) {
            ctx.site(step, span, target + " = " + expr + ": both sides are " + newType);
        } else if (type.is(oldType)) {
            wrap(span, expr, step, "stored in " + target + ", a " + oldType);
        } else {
            unknown(span, expr);
        }
    }

    private boolean returnsOld(CTranslationUnit u, Span span) {
        CFunction f = u.enclosingFunction(span.start());
        return f != null && CType.normalise(f.returnType()).equals(oldType);
    }

    private void unknown(Span span, String expr) {
        ctx.leftover(span, expr + " is now " + newType + "; respin cannot tell what this use needs");
    }

    /** Replaces the use by its conversion to the old type. */
    void wrap(Span use, String expr, String step, String why) {
        ctx.edit(step, TextEdit.replace(use, conversion + "(" + expr + ")", rewriter));
        ctx.site(step, use, expr + " " + why + ": " + conversion + "(" + expr + ")");
    }

    /** A condition ({@code if}, loops, {@code ?:}), an operand of {@code !}, {@code &&} or {@code ||}, or {@code == NULL}. */
    private static boolean truthTest(CTree parent, CTree child) {
        return parent instanceof CIf i && i.condition() == child || parent instanceof CWhile w && w.condition() == child
                || parent instanceof CDoWhile d && d.condition() == child
                || parent instanceof CFor f && f.condition() == child
                || parent instanceof CConditional c && c.condition() == child
                || parent instanceof CUnary u && u.operator().equals("!")
                || parent instanceof CBinary b && (b.operator().equals("&&") || b.operator().equals("||")
                        || (b.operator().equals("==") || b.operator().equals("!="))
                                && unparen(b.left() == child ? b.right() : b.left()).isName("NULL"));
    }

    /** True when {@code e} already has the new type: a retyped parameter or field, or typed so. */
    boolean isNewTyped(CTranslationUnit u, CExpression e) {
        CExpression x = unparen(e);
        if (x instanceof CIdentifier id) {
            CFunction f = u.enclosingFunction(id.span().start());
            if (f != null) {
                for (CParameter p : f.params()) {
                    if (id.name().equals(p.name()) && ctx.paramChange(f.name(), p.index()).isPresent()) {
                        return true;
                    }
                }
            }
        }
        if (x instanceof CFieldAccess a) {
            String tag = types.of(u, a.target()).tag();
            if (ctx.fieldChange(tag == null ? "" : tag, a.name()).isPresent()) {
                return true;
            }
        }
        return types.of(u, x).is(newType);
    }

    static CExpression unparen(CExpression e) {
        CExpression x = e;
        while (x instanceof CParens p && p.inner() != null) {
            x = p.inner();
        }
        return x;
    }

    /** The functions of the index that {@code call} may call by name. */
    static Optional<Located<CFunction>> callee(PlanContext ctx, CInvocation call, int k) {
        return call.name() == null ? Optional.empty() : ctx.index().functions(call.name()).stream()
                .filter(f -> f.node().params().size() > k).findFirst();
    }
}

package respin.core.index;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import respin.core.model.CDeclarator;
import respin.core.model.CField;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;
import respin.core.model.tree.CAssignment;
import respin.core.model.tree.CBinary;
import respin.core.model.tree.CCast;
import respin.core.model.tree.CComma;
import respin.core.model.tree.CConditional;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CFieldAccess;
import respin.core.model.tree.CIdentifier;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.CLiteral;
import respin.core.model.tree.CParens;
import respin.core.model.tree.CSubscript;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CTreeDump;
import respin.core.model.tree.CUnary;

/**
 * Types of the expression nodes of the syntax tree, each computed once and kept in a
 * side table per unit (nodes are immutable records, so the type cannot live on them;
 * the index is frozen while a plan runs, so a type once known stays true).
 *
 * <p>Names are parameters, locals declared before the use, or file-scope variables of the
 * index; members are looked up in every indexed definition of their struct or union, a
 * typedef name followed to the struct it stands for ({@link TypedefChain});
 * calls give the function's return type or the struct a {@code container_of}-family macro names; casts, {@code &}, {@code *},
 * subscripts of pointers, conditionals, assignments and comma expressions follow C.
 * Anything else is {@link CType#unknown} with the reason.
 */
public final class ExpressionTypes {
    /** Macros whose second argument spells the struct they give a pointer to. */
    static final Set<String> CONTAINER_OF = Set.of("container_of", "container_of_const", "list_entry",
            "list_first_entry", "list_last_entry", "list_first_entry_or_null", "list_next_entry", "list_prev_entry",
            "hlist_entry", "hlist_entry_safe", "rb_entry", "rb_entry_safe", "llist_entry");
    private static final Set<String> TRUTH_OPERATORS = Set.of("==", "!=", "<", ">", "<=", ">=", "&&", "||");

    private final SymbolIndex index;
    private final TypedefChain typedefs;
    private final Map<CTranslationUnit, Map<CTree, CType>> memo = new IdentityHashMap<>();

    public ExpressionTypes(SymbolIndex index) {
        this.index = index;
        this.typedefs = new TypedefChain(index);
    }

    /** The index the types come from. */
    public SymbolIndex index() {
        return index;
    }

    /** The type of {@code e}, a node of {@code unit}'s syntax tree; computed once, then remembered. */
    public synchronized CType of(CTranslationUnit unit, CExpression e) {
        Map<CTree, CType> table = memo.computeIfAbsent(unit, u -> new IdentityHashMap<>());
        CType t = table.get(e);
        if (t == null) {
            t = resolve(unit, e, -1, table);
            table.put(e, t);
        }
        return t;
    }

    /**
     * The type of {@code e}, a node parsed apart from {@code unit} (spans relative to its own
     * text), its names looked up as if written at offset {@code scope} of {@code unit}. Not kept.
     */
    public CType of(CTranslationUnit unit, CExpression e, int scope) {
        return resolve(unit, e, scope, new IdentityHashMap<>());
    }

    /** The type of member {@code field} of a value of type {@code base} ({@code struct foo *} or {@code struct foo}). */
    public CType member(CType base, String field) {
        if (!base.known()) {
            return base;
        }
        TypedefChain.Target target = typedefs.target(base);
        Optional<CField> f = target.field(index, field);
        if (f.isEmpty()) {
            return CType.unknown(target.missing(field));
        }
        return f.get().declarator().functionPointer() ? CType.FUNCTION_POINTER : CType.of(f.get().type());
    }

    /** The declaration of member {@code field} of a value of type {@code base}, through typedefs too. */
    public Optional<CField> field(CType base, String field) {
        return base.known() ? typedefs.target(base).field(index, field) : Optional.empty();
    }

    private CType resolve(CTranslationUnit u, CExpression e, int scope, Map<CTree, CType> table) {
        CType known = table.get(e);
        if (known != null) {
            return known;
        }
        CType t = compute(u, e, scope, table);
        if (scope < 0) {
            table.put(e, t);
        }
        return t;
    }

    private CType compute(CTranslationUnit u, CExpression e, int scope, Map<CTree, CType> table) {
        int at = scope >= 0 ? scope : e.span().start();
        if (e instanceof CParens p) {
            return p.inner() == null ? CType.unknown("empty parentheses") : resolve(u, p.inner(), scope, table);
        } else if (e instanceof CIdentifier id) {
            return id.name().equals("NULL") ? CType.NULL : name(u, at, id.name());
        } else if (e instanceof CFieldAccess a) {
            return member(resolve(u, a.target(), scope, table), a.name());
        } else if (e instanceof CUnary un) {
            return unary(u, un, scope, table);
        } else if (e instanceof CCast c) {
            return CType.of(CTreeDump.text(c.type()));
        } else if (e instanceof CInvocation call) {
            return call(u, call, scope, table);
        } else if (e instanceof CSubscript s) {
            return resolve(u, s.target(), scope, table).pointee();
        } else if (e instanceof CConditional c) {
            CType a = resolve(u, c.then() == null ? c.condition() : c.then(), scope, table);
            CType b = resolve(u, c.otherwise(), scope, table);
            return a.equals(CType.NULL) ? b : b.equals(CType.NULL) || a.equals(b) ? a
                    : CType.unknown("the branches of ?: have different types");
        } else if (e instanceof CAssignment a) {
            return resolve(u, a.target(), scope, table);
        } else if (e instanceof CComma c) {
            return resolve(u, c.expressions().get(c.expressions().size() - 1), scope, table);
        } else if (e instanceof CBinary b) {
            return TRUTH_OPERATORS.contains(b.operator()) ? CType.of("int")
                    : CType.unknown("arithmetic operator " + b.operator() + " (not modelled)");
        } else if (e instanceof CLiteral l) {
            return l.kind() == CLiteral.Kind.STRING ? CType.of("char *") : CType.of("int");
        }
        return CType.unknown("a " + e.getClass().getSimpleName() + " is not typed");
    }

    private CType unary(CTranslationUnit u, CUnary un, int scope, Map<CTree, CType> table) {
        CType t = resolve(u, un.operand(), scope, table);
        switch (un.operator()) {
            case "&":
                return t.address();
            case "*":
                return t.pointee();
            case "!":
                return CType.of("int");
            default:
                return t;
        }
    }

    private CType call(CTranslationUnit u, CInvocation call, int scope, Map<CTree, CType> table) {
        String callee = call.name();
        if (callee != null && CONTAINER_OF.contains(callee)) {
            CTree type = call.argument(1);
            String words = type == null ? "" : CTreeDump.text(type);
            boolean record = (words.startsWith("struct ") || words.startsWith("union "))
                    && words.indexOf(' ') == words.lastIndexOf(' ');
            return call.arguments().size() >= 3 && record ? CType.of(words + " *")
                    : CType.unknown(callee + "() does not name a struct or union as its second argument");
        }
        CDeclarator fp = pointerCalled(u, call.callee(), scope, table);
        if (fp != null) {
            return CType.of(fp.returnType());
        }
        if (callee != null) {
            return index.functions(callee).stream().findFirst().map(f -> CType.of(f.node().returnType()))
                    .orElse(CType.unknown("no indexed declaration of " + callee + "()"));
        }
        return CType.unknown("the callee is not a named function or a function pointer");
    }

    /**
     * The function-pointer declarator {@code callee} calls through: a member ({@code ops->get}),
     * a local or a parameter, each also as {@code (*fp)}; null for anything else.
     */
    private CDeclarator pointerCalled(CTranslationUnit u, CExpression callee, int scope, Map<CTree, CType> table) {
        CExpression e = callee;
        while (e instanceof CParens p && p.inner() != null
                || e instanceof CUnary un && un.operator().equals("*")) {
            e = e instanceof CParens p ? p.inner() : ((CUnary) e).operand();
        }
        CDeclarator d = null;
        if (e instanceof CFieldAccess a) {
            d = field(resolve(u, a.target(), scope, table), a.name()).map(CField::declarator).orElse(null);
        } else if (e instanceof CIdentifier id) {
            d = local(u, scope >= 0 ? scope : e.span().start(), id.name());
        }
        return d != null && d.functionPointer() ? d : null;
    }

    /** The type of {@code name} as written at offset {@code at} of {@code u}: a parameter, a local declared before it, or a file-scope variable of the index. */
    public CType name(CTranslationUnit u, int at, String name) {
        CDeclarator local = local(u, at, name);
        if (local != null) {
            return local.functionPointer() ? CType.FUNCTION_POINTER : CType.of(local.type());
        }
        return index.variables(name).stream().findFirst().map(v -> CType.of(v.node().declarator().type()))
                .orElse(CType.unknown("no declaration of " + name + " in scope"));
    }

    /** The declarator of {@code name} at {@code at} of {@code u}: a local declared before it, else a parameter; or null. */
    private static CDeclarator local(CTranslationUnit u, int at, String name) {
        CFunction f = u.enclosingFunction(at);
        if (f == null) {
            return null;
        }
        CDeclarator local = null;
        for (CDeclarator d : f.localsBefore(at)) {
            if (name.equals(d.name())) {
                local = d;
            }
        }
        if (local != null) {
            return local;
        }
        for (CParameter p : f.params()) {
            if (name.equals(p.name())) {
                return p.declarator();
            }
        }
        return null;
    }
}

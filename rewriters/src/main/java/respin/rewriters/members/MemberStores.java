package respin.rewriters.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import respin.core.index.Located;
import respin.core.index.TypeResolver;
import respin.core.index.WordHit;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.model.tree.CAssignment;
import respin.core.model.tree.CCompoundLiteral;
import respin.core.model.tree.CDeclaration;
import respin.core.model.tree.CDesignation;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CFieldAccess;
import respin.core.model.tree.CIdentifier;
import respin.core.model.tree.CInitDeclarator;
import respin.core.model.tree.CInitializerList;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CUnary;
import respin.core.plan.PlanContext;

/**
 * Where a program names one member of one struct, found on the syntax tree: designated
 * initializers ({@code .probe = foo_probe}, in a struct, an array of them, a nested
 * member or a compound literal) and member accesses ({@code drv->probe = f},
 * {@code drv->probe(c)}), each kept only when the struct it belongs to is the one asked
 * for. Where the type cannot be told (an initializer inside a macro's arguments), a
 * function-pointer member is still recognised by the stored function's parameters.
 */
final class MemberStores {

    /**
     * One place that names the member: {@code name} covers what a rename rewrites (the
     * designator up to its {@code =}, or the member's name after {@code ->}), {@code value}
     * is what is stored (null for a read), {@code access} the member access (null for an
     * initializer), {@code call} the call made through it ({@code drv->probe(c)}), if any.
     */
    record Use(CTranslationUnit unit, Span name, CExpression value, CFieldAccess access, CInvocation call) {
        /** The stored function's name when the stored value is a name ({@code f} or {@code &f}), else null. */
        String function() {
            CExpression v = value instanceof CUnary u && u.operator().equals("&") && !u.postfix() ? u.operand() : value;
            return v instanceof CIdentifier id ? id.name() : null;
        }
    }

    private final PlanContext ctx;
    private final String tag;
    private final MemberType type;

    /** Uses of a member of {@code tag} whose function type is {@code type} (null: not a function pointer). */
    MemberStores(PlanContext ctx, String tag, MemberType type) {
        this.ctx = ctx;
        this.tag = tag;
        this.type = type;
    }

    String tag() {
        return tag;
    }

    /**
     * Initializers and accesses of the member named {@code name} (the member's own name, or
     * another name of it: a plan may have renamed it already) across the index's files.
     */
    List<Use> find(String name) {
        List<Use> out = new ArrayList<>();
        forEach(name, out::add);
        return out;
    }

    /**
     * As {@link #find}, handing the uses to {@code action} file by file: a file's syntax tree,
     * unless something held it before, is let go once its uses are handled, so a treewide walk
     * holds one tree at a time (a use keeps the few nodes it names, which do not point up to
     * their tree, and {@code action} may ask the file's tree again while it runs).
     */
    void forEach(String name, Consumer<Use> action) {
        for (CTranslationUnit u : ctx.index().units()) {
            int[] at = u.names(name) ? occurrences(u.text(), name) : new int[0];
            if (at.length == 0) {
                continue;
            }
            boolean held = u.syntaxTree().isBuilt();
            List<Use> found = new ArrayList<>();
            // a designation or access of the member holds its name: subtrees without it are skipped
            AncestorWalk.walk(u.syntax(), false, n -> n.span().holdsAny(at), (node, up) -> {
                if (node instanceof CDesignation d && name.equals(designator(d))) {
                    designation(u, d, up, found);
                } else if (node instanceof CFieldAccess a && a.member() != null && name.equals(a.name())) {
                    access(u, a, up.get(up.size() - 1), found);
                }
            });
            found.forEach(action);
            if (!held) {
                u.syntaxTree().release();
            }
        }
    }

    /**
     * Where {@code name} starts in {@code text} as a whole word in code, in order: {@code probe}
     * in {@code foo_probe} or in a comment cannot be the token of a member, so a file naming
     * only such words is not parsed.
     */
    static int[] occurrences(String text, String name) {
        return occurrences(text, Set.of(name));
    }

    /** As {@link #occurrences(String, String)}, for any of {@code names}. */
    static int[] occurrences(String text, Set<String> names) {
        return WordHit.in(text, names).stream().filter(h -> h.where() == WordHit.Where.CODE)
                .mapToInt(WordHit::start).toArray();
    }

    private void designation(CTranslationUnit u, CDesignation d, List<CTree> up, List<Use> out) {
        Optional<String> type = up.get(up.size() - 1) instanceof CInitializerList
                ? listType(u, up, up.size() - 1) : Optional.empty();
        if (type.map(t -> t.equals(tag)).orElseGet(() -> fits(u, d.value()))) {
            out.add(new Use(u, u.lines().span(d.span().start(), equalsSign(d)), d.value(), null, null));
        }
    }

    private void access(CTranslationUnit u, CFieldAccess a, CTree parent, List<Use> out) {
        CExpression value = parent instanceof CAssignment as && as.target() == a ? as.value() : null;
        CInvocation call = parent instanceof CInvocation c && c.callee() == a ? c : null;
        Optional<String> type = ctx.types().typeOf(u, a.span().start(), u.text(a.target().span()))
                .map(TypeResolver::tag);
        boolean ours = type.isPresent() ? tag.equals(type.get()) : value != null && fits(u, value);
        if (ours) {
            out.add(new Use(u, a.member().span(), value, a, call));
        }
    }

    /** The definitions and prototypes a stored name reaches: the file's own if it has them, else the tree's. */
    List<Located<CFunction>> functions(CTranslationUnit unit, String name) {
        List<Located<CFunction>> all = ctx.index().functions(name);
        List<Located<CFunction>> local = all.stream().filter(l -> l.unit() == unit).toList();
        if (local.stream().anyMatch(l -> l.node().isStatic())) {
            return local;
        }
        return all.stream().filter(l -> l.unit() == unit || !l.node().isStatic()).toList();
    }

    /** True when {@code value} names a function whose parameters have the member's types. */
    private boolean fits(CTranslationUnit unit, CExpression value) {
        String name = new Use(unit, null, value, null, null).function();
        if (name == null || type == null) {
            return false;
        }
        List<CParameter> want = type.params();
        return functions(unit, name).stream().anyMatch(l -> sameTypes(l.node().params(), want));
    }

    static boolean sameTypes(List<CParameter> a, List<CParameter> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!TypeResolver.normalise(a.get(i).type()).equals(TypeResolver.normalise(b.get(i).type()))) {
                return false;
            }
        }
        return true;
    }

    /** The struct type the initializer list {@code up.get(at)} fills: its declaration's, its array's, its member's. */
    private Optional<String> listType(CTranslationUnit u, List<CTree> up, int at) {
        CTree p = at > 0 ? up.get(at - 1) : null;
        CTree pp = at > 1 ? up.get(at - 2) : null;
        if (p instanceof CInitDeclarator && pp instanceof CDeclaration decl && decl.specifiers() != null) {
            return Optional.ofNullable(TypeResolver.tag(u.text(decl.specifiers().span())));
        }
        if (p instanceof CInitializerList) {
            return listType(u, up, at - 1); // an element of an array
        }
        if (p instanceof CCompoundLiteral lit && lit.type() != null) {
            return Optional.ofNullable(TypeResolver.tag(u.text(lit.type().span())));
        }
        if (p instanceof CDesignation outer && pp instanceof CInitializerList) {
            String field = designator(outer);
            return field == null ? Optional.empty() : listType(u, up, at - 2)
                    .flatMap(t -> ctx.types().fieldOf(t, field)).map(c -> TypeResolver.tag(c.type()));
        }
        return Optional.empty();
    }

    /** {@code probe} for {@code .probe = …}; null for anything else ({@code [0] = …}, {@code .a.b = …}). */
    static String designator(CDesignation d) {
        return d.designators().size() == 1 && d.designators().get(0) instanceof CToken t ? t.text() : null;
    }

    /** Where the {@code =} of a designation starts. */
    static int equalsSign(CDesignation d) {
        for (CTree t : d.parts()) {
            if (t instanceof CToken tok && tok.text().equals("=")) {
                return tok.span().start();
            }
        }
        return d.designators().get(d.designators().size() - 1).span().end();
    }
}

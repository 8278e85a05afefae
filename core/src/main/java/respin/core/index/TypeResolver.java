package respin.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.model.CField;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;

/**
 * Types of the expressions a migration meets: names (parameters, locals, globals),
 * member chains ({@code a->b.c}) from a name or a call ({@code to_vmx(vcpu)->vcpu}),
 * address-of, casts, calls (the function's return type, or the struct that a
 * {@code container_of}-style macro spells out) and {@code NULL}.
 *
 * <p>What it cannot type it returns as empty: the unknown stays unknown.
 */
public final class TypeResolver {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern CHAIN = Pattern.compile("([A-Za-z_]\\w*)((?:\\s*(?:->|\\.)\\s*[A-Za-z_]\\w*)+)");
    private static final Pattern LINK = Pattern.compile("(->|\\.)\\s*([A-Za-z_]\\w*)");
    /** Macros whose second argument spells the struct they give a pointer to. */
    private static final Set<String> CONTAINER_OF = Set.of("container_of", "container_of_const", "list_entry",
            "list_first_entry", "list_last_entry", "list_first_entry_or_null", "list_next_entry", "list_prev_entry",
            "hlist_entry", "hlist_entry_safe", "rb_entry", "rb_entry_safe", "llist_entry");

    /** Words of a declaration that do not change what type a value has. */
    private static final List<String> NOT_TYPE = List.of("const", "volatile", "extern", "static", "inline",
            "register", "__rcu", "__user", "__iomem", "__percpu", "__read_mostly", "__ro_after_init",
            "__maybe_unused", "__initdata", "__force");

    private final SymbolIndex index;

    public TypeResolver(SymbolIndex index) {
        this.index = index;
    }

    /** The type of {@code expr} as written at {@code offset} of {@code unit}, normalised ({@code struct kvm *}). */
    public Optional<String> typeOf(CTranslationUnit unit, int offset, String expr) {
        String e = expr.strip();
        while (e.startsWith("(") && e.endsWith(")") && balancedInside(e)) {
            e = e.substring(1, e.length() - 1).strip();
        }
        if (e.equals("NULL")) {
            return Optional.of("NULL");
        }
        if (e.startsWith("&")) {
            return typeOf(unit, offset, e.substring(1)).map(t -> t.endsWith("*") ? t + "*" : t + " *");
        }
        if (NAME.matcher(e).matches()) {
            return nameType(unit, offset, e);
        }
        Optional<String> cast = cast(e);
        if (cast.isPresent()) {
            return cast;
        }
        return postfix(unit, offset, e);
    }

    /**
     * {@code primary} followed by {@code ->member} or {@code .member} links, where the
     * primary is a name or a call: {@code vcpu->kvm}, {@code to_vmx(vcpu)->vcpu.kvm},
     * {@code container_of(gisa, struct sie_page2, gisa)->kvm}.
     */
    private Optional<String> postfix(CTranslationUnit unit, int offset, String e) {
        Matcher name = NAME.matcher(e);
        if (!name.lookingAt()) {
            return Optional.empty();
        }
        int i = name.end();
        while (i < e.length() && Character.isWhitespace(e.charAt(i))) {
            i++;
        }
        Optional<String> type;
        if (i < e.length() && e.charAt(i) == '(') {
            int close = closing(e, i);
            if (close < 0) {
                return Optional.empty();
            }
            type = callType(name.group(), e.substring(i + 1, close));
            i = close + 1;
        } else {
            type = nameType(unit, offset, name.group());
        }
        String rest = e.substring(i).strip();
        if (!rest.isEmpty() && !CHAIN.matcher("x" + rest).matches()) {
            return Optional.empty();
        }
        Matcher link = LINK.matcher(rest);
        while (type.isPresent() && link.find()) {
            type = memberType(type.get(), link.group(2));
        }
        return type;
    }

    /**
     * The type a call gives: the function's return type, or for {@code container_of}-style
     * macros the struct spelled out as their second argument.
     */
    private Optional<String> callType(String callee, String args) {
        if (CONTAINER_OF.contains(callee)) {
            String[] a = args.split(",");
            if (a.length >= 3 && a[1].strip().matches("(struct|union)\\s+\\w+")) {
                return Optional.of(normalise(a[1].strip() + " *"));
            }
            return Optional.empty();
        }
        return index.functions(callee).stream().findFirst().map(f -> normalise(f.node().returnType()));
    }

    /** {@code (struct foo *)expr}: the type the cast names. */
    private static Optional<String> cast(String e) {
        if (!e.startsWith("(")) {
            return Optional.empty();
        }
        int close = closing(e, 0);
        if (close < 0 || close == e.length() - 1) {
            return Optional.empty();
        }
        String inside = e.substring(1, close).strip();
        if (inside.matches("(const\\s+)?(struct|union|enum)\\s+\\w+(\\s*\\*)*|\\w+(\\s*\\*)+")) {
            return Optional.of(normalise(inside));
        }
        return Optional.empty();
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(String e, int open) {
        int depth = 0;
        for (int k = open; k < e.length(); k++) {
            depth += e.charAt(k) == '(' ? 1 : e.charAt(k) == ')' ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** The type of member {@code field} of a value of type {@code type} ({@code struct foo *} or {@code struct foo}). */
    public Optional<String> memberType(String type, String field) {
        return fieldOf(type, field).map(f -> f.declarator().functionPointer() ? "function pointer" : normalise(f.type()));
    }

    /** The field declaration that {@code .field} or {@code ->field} reaches from a value of {@code type}. */
    public Optional<CField> fieldOf(String type, String field) {
        String tag = tag(type);
        if (tag == null) {
            return Optional.empty();
        }
        return index.field(tag, field).map(Located::node);
    }

    /** {@code struct foo} for {@code struct foo *}, {@code const struct foo} or {@code struct foo}; else null. */
    public static String tag(String type) {
        String t = normalise(type).replace("*", " ").strip().replaceAll("\\s+", " ");
        return t.startsWith("struct ") || t.startsWith("union ") ? t : null;
    }

    /** Drops {@code const} and folds blanks so types compare as text. */
    public static String normalise(String type) {
        String t = " " + type.replace("*", " * ") + " ";
        for (String word : NOT_TYPE) {
            t = t.replace(" " + word + " ", " ");
        }
        t = t.strip();
        t = t.replaceAll("\\s*\\*", " *").replaceAll("\\* \\*", "**").replaceAll("\\s+", " ");
        return t.strip();
    }

    private Optional<String> nameType(CTranslationUnit unit, int offset, String name) {
        CFunction f = unit.enclosingFunction(offset);
        if (f != null) {
            Optional<String> local = f.localsBefore(offset).stream().filter(d -> name.equals(d.name()))
                    .reduce((a, b) -> b).map(d -> d.functionPointer() ? "function pointer" : normalise(d.type()));
            if (local.isPresent()) {
                return local;
            }
            for (CParameter p : f.params()) {
                if (name.equals(p.name())) {
                    return Optional.of(p.declarator().functionPointer() ? "function pointer" : normalise(p.type()));
                }
            }
        }
        return index.variables(name).stream().findFirst().map(v -> normalise(v.node().declarator().type()));
    }

    private static boolean balancedInside(String e) {
        int depth = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i != e.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}

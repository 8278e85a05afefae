package respin.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.model.CDeclarator;
import respin.core.model.CField;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;

/**
 * Types of the expressions a migration meets: names (parameters, locals, globals),
 * member chains ({@code a->b.c}), address-of, calls and {@code NULL}.
 *
 * <p>What it cannot type it returns as empty: the unknown stays unknown.
 */
public final class TypeResolver {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern CHAIN = Pattern.compile("([A-Za-z_]\\w*)((?:\\s*(?:->|\\.)\\s*[A-Za-z_]\\w*)+)");
    private static final Pattern LINK = Pattern.compile("(->|\\.)\\s*([A-Za-z_]\\w*)");
    private static final Pattern CALL = Pattern.compile("([A-Za-z_]\\w*)\\s*\\((.*)\\)", Pattern.DOTALL);

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
        Matcher chain = CHAIN.matcher(e);
        if (chain.matches()) {
            Optional<String> type = nameType(unit, offset, chain.group(1));
            Matcher link = LINK.matcher(chain.group(2));
            while (type.isPresent() && link.find()) {
                type = memberType(type.get(), link.group(2));
            }
            return type;
        }
        Matcher call = CALL.matcher(e);
        if (call.matches() && balancedInside("(" + call.group(2) + ")")) {
            return index.functions(call.group(1)).stream().findFirst().map(f -> normalise(f.node().returnType()));
        }
        return Optional.empty();
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

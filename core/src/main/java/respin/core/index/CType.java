package respin.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The type of an expression as respin knows it: a normalised C type ({@code struct kvm *},
 * {@code NULL} for the null pointer constant, {@code function pointer} for a member or
 * variable that is one), or unknown with the reason why. Unknown is a value, never a guess.
 */
public record CType(String name, String unknown) {
    /** Words of a declaration that do not change what type a value has. */
    private static final Set<String> NOT_TYPE = Set.of("const", "volatile", "extern", "static", "inline",
            "register", "__rcu", "__user", "__iomem", "__percpu", "__read_mostly", "__ro_after_init",
            "__maybe_unused", "__initdata", "__force");

    /** The null pointer constant {@code NULL}. */
    public static final CType NULL = new CType("NULL", null);
    /** A member, parameter or variable that is a pointer to a function. */
    public static final CType FUNCTION_POINTER = new CType("function pointer", null);

    /** A known type, normalised. */
    public static CType of(String type) {
        return new CType(normalise(type), null);
    }

    /** An unknown type and why it is unknown. */
    public static CType unknown(String reason) {
        return new CType(null, reason);
    }

    public boolean known() {
        return name != null;
    }

    /** True when known and equal to {@code type} (normalised). */
    public boolean is(String type) {
        return known() && name.equals(normalise(type));
    }

    /** The type as text when known. */
    public Optional<String> text() {
        return Optional.ofNullable(name);
    }

    /** {@code struct foo} for {@code struct foo *} or {@code struct foo}; null when not a struct or union. */
    public String tag() {
        return known() ? tag(name) : null;
    }

    /** This type with one more {@code *}. */
    public CType address() {
        return !known() ? this : new CType(name.endsWith("*") ? name + "*" : name + " *", null);
    }

    /** What a pointer of this type points to; unknown when it is not a pointer. */
    public CType pointee() {
        if (!known() || !name.endsWith("*")) {
            return known() ? unknown(name + " is not a pointer") : this;
        }
        return of(name.substring(0, name.length() - 1));
    }

    /** {@code struct foo} for {@code struct foo *}, {@code const struct foo} or {@code struct foo}; else null. */
    public static String tag(String type) {
        String t = String.join(" ", words(normalise(type).replace('*', ' ')));
        return t.startsWith("struct ") || t.startsWith("union ") ? t : null;
    }

    /** The name in a tag: {@code kvm_device} for {@code struct kvm_device}; a bare name as it is. */
    public static String tagName(String tag) {
        return tag.substring(tag.indexOf(' ') + 1);
    }

    /** Drops qualifiers and storage words and folds blanks, so types compare as text ({@code struct kvm **}). */
    public static String normalise(String type) {
        StringBuilder out = new StringBuilder();
        boolean star = false;
        for (String w : words(type.replace("*", " * "))) {
            if (NOT_TYPE.contains(w)) {
                continue;
            }
            if (w.equals("*")) {
                out.append(star || out.length() == 0 ? "*" : " *");
                star = true;
            } else {
                out.append(out.length() == 0 ? "" : " ").append(w);
                star = false;
            }
        }
        return out.toString();
    }

    /** The blank-separated words of {@code s}. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean blank = i == s.length() || Character.isWhitespace(s.charAt(i));
            if (blank && from >= 0) {
                out.add(s.substring(from, i));
                from = -1;
            } else if (!blank && from < 0) {
                from = i;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return known() ? name : "unknown (" + unknown + ")";
    }
}

package respin.core.plan;

/**
 * A value whose declared type a step changes: a struct field ({@code owner} is the
 * struct tag) or a function parameter ({@code owner} is the function, {@code member}
 * the parameter index as text). {@code name} is the value's name once migrated.
 */
public record TypeChange(Kind kind, String owner, String member, String name, String oldType, String newType,
        String step) {

    /** What was retyped. */
    public enum Kind { FIELD, PARAMETER }
}

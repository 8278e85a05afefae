package respin.core.model;

import java.util.List;
import respin.core.model.source.Span;

/**
 * What a declaration says of one name: its type as written and where the parts are.
 *
 * <p>{@code baseSpan} covers the type words before the pointer stars ({@code struct kvm}
 * in {@code struct kvm *kvm}), {@code nameSpan} the declared name (null when the
 * parameter is unnamed). A function pointer ({@code void (*fn)(struct kvm *kvm)}) keeps
 * its parameters in {@code fnParams} and the stars of its return type in
 * {@code returnPointers} ({@code pointers} is 0). A function type, which only a typedef
 * declares ({@code typedef int probe_fn(struct i2c_client *client);}, or with
 * {@code (probe_fn)}), keeps them alike, with {@code functionType} true and
 * {@code functionPointer} false: {@code probe_fn *probe;} is then the pointer. For anything
 * else the list is empty and {@code returnPointers} 0.
 */
public record CDeclarator(String base, int pointers, String name, Span span, Span baseSpan, Span nameSpan,
        List<CParameter> fnParams, boolean functionPointer, int returnPointers, boolean functionType) {

    /** The type a function pointer's (or a function type's) function returns: base words and the return type's stars. */
    public String returnType() {
        return returnPointers == 0 ? base : base + " " + "*".repeat(returnPointers);
    }

    /** The normalised type: base words and stars, as in {@code struct kvm *}. */
    public String type() {
        return pointers == 0 ? base : base + " " + "*".repeat(pointers);
    }

    /** This declarator with other type words before the stars ({@code int a, *b}: b's are a's). */
    public CDeclarator withBase(String base, Span baseSpan) {
        return new CDeclarator(base, pointers, name, span, baseSpan, nameSpan, fnParams, functionPointer,
                returnPointers, functionType);
    }
}

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
 * {@code returnPointers} ({@code pointers} is 0); for anything else the list is empty and
 * {@code returnPointers} 0.
 */
public record CDeclarator(String base, int pointers, String name, Span span, Span baseSpan, Span nameSpan,
        List<CParameter> fnParams, boolean functionPointer, int returnPointers) {

    /** The type a function pointer's function returns: base words and the return type's stars. */
    public String returnType() {
        return returnPointers == 0 ? base : base + " " + "*".repeat(returnPointers);
    }

    /** The normalised type: base words and stars, as in {@code struct kvm *}. */
    public String type() {
        return pointers == 0 ? base : base + " " + "*".repeat(pointers);
    }
}

package respin.core.model;

import java.util.List;
import respin.core.model.source.Span;

/**
 * What a declaration says of one name: its type as written and where the parts are.
 *
 * <p>{@code baseSpan} covers the type words before the pointer stars ({@code struct kvm}
 * in {@code struct kvm *kvm}), {@code nameSpan} the declared name (null when the
 * parameter is unnamed). A function pointer ({@code void (*fn)(struct kvm *kvm)}) keeps
 * its parameters in {@code fnParams}; for anything else that list is empty.
 */
public record CDeclarator(String base, int pointers, String name, Span span, Span baseSpan, Span nameSpan,
        List<CParameter> fnParams, boolean functionPointer) {

    /** The normalised type: base words and stars, as in {@code struct kvm *}. */
    public String type() {
        return pointers == 0 ? base : base + " " + "*".repeat(pointers);
    }
}

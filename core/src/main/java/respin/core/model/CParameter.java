package respin.core.model;

import respin.core.model.source.Span;

/** One parameter of a function or function pointer: {@code struct kvm *kvm}. */
public record CParameter(int index, CDeclarator declarator) implements CNode {

    public String type() {
        return declarator.type();
    }

    /** The parameter's name, or null for an unnamed parameter. */
    public String name() {
        return declarator.name();
    }

    @Override
    public Span span() {
        return declarator.span();
    }
}

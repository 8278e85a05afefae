package respin.core.model;

import respin.core.model.source.Span;

/** A file-scope variable declaration or definition: {@code extern struct zpci_kvm_hook zpci_kvm_hook;}. */
public record CVariable(CDeclarator declarator, Span span) implements CNode {

    public String name() {
        return declarator.name();
    }
}

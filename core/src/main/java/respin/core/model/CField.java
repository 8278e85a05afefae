package respin.core.model;

import respin.core.model.source.Span;

/** A member of a struct or union; {@code span} covers the declaration up to its ';'. */
public record CField(CDeclarator declarator, Span span) implements CNode {

    public String name() {
        return declarator.name();
    }

    public String type() {
        return declarator.type();
    }
}

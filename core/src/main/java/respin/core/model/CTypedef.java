package respin.core.model;

import respin.core.model.source.Span;

/**
 * A file-scope {@code typedef}: {@code declarator} names the new type and carries the type
 * it stands for ({@code typedef struct foo *foo_ptr;} gives name {@code foo_ptr}, type
 * {@code struct foo *}); {@code record} is the struct or union the same declaration
 * defines ({@code typedef struct { … } bar_t;}), else null.
 */
public record CTypedef(CDeclarator declarator, CRecord record, Span span) implements CNode {

    public String name() {
        return declarator.name();
    }
}

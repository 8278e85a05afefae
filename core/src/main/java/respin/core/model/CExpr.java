package respin.core.model;

import respin.core.model.source.Span;

/** An expression as written: its text (without surrounding blanks) and where it is. */
public record CExpr(String text, Span span) implements CNode {
}

package respin.core.model;

/** Bytes the grammar could not place; they are kept as they are and reported. */
public record COpaque(Span span, String reason) implements CNode {
}

package respin.core.model;

import java.util.List;
import respin.core.model.source.Span;

/**
 * Bytes the grammar could not place; they are kept as they are and reported.
 * {@code words} are the identifiers among its tokens (comments, strings and
 * directives left out), so that later stages can tell which names it mentions.
 */
public record COpaque(Span span, String reason, List<Span> words) implements CNode {
}

package respin.core.model;

import java.util.List;

/**
 * A node of the syntax tree of one file, down to tokens.
 *
 * <p>{@code parts()} are its child nodes and its own tokens ({@link CToken}) in
 * source order. The leaves of a file's tree are all its parser-visible tokens, in
 * order; blanks, comments and directives between them are trivia, so printing the
 * leaves with the trivia between them gives the file back byte for byte. Nodes are
 * immutable and do not point up: {@link CFile} keeps the parent of each node.
 */
public interface CTree {

    /** The bytes this node covers, from its first token to its last. */
    Span span();

    /** Child nodes and tokens, in source order. */
    List<CTree> parts();

    /** Calls the scanner's {@code visit} method for this node's kind. */
    void accept(CTreeScanner scanner);
}

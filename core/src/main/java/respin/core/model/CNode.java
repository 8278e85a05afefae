package respin.core.model;

/** An element of the C model: it knows the bytes it covers. */
public interface CNode {

    /** The bytes this node covers in its file. */
    Span span();
}

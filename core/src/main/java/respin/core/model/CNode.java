package respin.core.model;

import respin.core.model.source.Span;

/** An element of the C model: it knows the bytes it covers. */
public interface CNode {

    /** The bytes this node covers in its file. */
    Span span();
}

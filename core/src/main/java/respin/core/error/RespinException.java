package respin.core.error;

import respin.core.model.source.Span;

/** A failure that names where it happened: {@code file:line:col: message}. */
public class RespinException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Span span;

    public RespinException(String message) {
        super(message);
        this.span = null;
    }

    public RespinException(Span span, String message) {
        super(span == null ? message : span + ": " + message);
        this.span = span;
    }

    public RespinException(String message, Throwable cause) {
        super(message, cause);
        this.span = null;
    }

    /** Where the failure is, or null when it is not about a place in a file. */
    public Span span() {
        return span;
    }
}

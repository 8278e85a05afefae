package respin.core.error;

import respin.core.model.source.Span;

/** The input is not usable: not a repository, an unknown revision, an unreadable recipe. Exit code 3. */
public class BadInputException extends RespinException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(Span span, String message) {
        super(span, message);
    }
}

package respin.core.series.commit;

/** A Mustache template is missing or does not compile or render. */
public final class TemplateException extends SeriesException {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}

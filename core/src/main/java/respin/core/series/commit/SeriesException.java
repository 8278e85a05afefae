package respin.core.series.commit;

import respin.core.error.RespinException;

/** A failure while building a patch series or writing its patch files. */
public class SeriesException extends RespinException {
    private static final long serialVersionUID = 1L;

    public SeriesException(String message) {
        super(message);
    }

    public SeriesException(String message, Throwable cause) {
        super(message, cause);
    }
}

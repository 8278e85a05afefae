package respin.core.series.diff;

import respin.core.error.RespinException;

/** A change git would print in a form respin does not write (binary data, a file turned into a symlink). */
public final class UnsupportedContentException extends RespinException {
    private static final long serialVersionUID = 1L;

    public UnsupportedContentException(String path, String reason) {
        super(path + ": " + reason);
    }
}

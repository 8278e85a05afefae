package respin.core.checkout;

import respin.core.error.BadInputException;

/** A C file over the size limit: it is skipped, never parsed or edited. */
public final class FileTooLargeException extends BadInputException {
    private static final long serialVersionUID = 1L;

    public FileTooLargeException(String path, long size, long limit) {
        super(path + ": " + FileSize.format(size) + ", over the " + FileSize.format(limit)
                + " limit for a C file; skipped (--max-file-size)");
    }
}

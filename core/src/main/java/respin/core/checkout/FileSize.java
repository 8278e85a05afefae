package respin.core.checkout;

import java.util.Locale;

/** Sizes as the command line writes them: {@code 16M}, {@code 512K}, {@code 1G}, or bytes. */
public final class FileSize {
    /**
     * The default limit on a C file: 32 MB. Linux 6.12 has three headers over 16 MB (amdgpu
     * register masks, the largest 22 MB), which parse in a few seconds; a limit under them
     * would skip real files on every run.
     */
    public static final long DEFAULT_MAX = 32L << 20;

    private FileSize() {
    }

    /**
     * Reads {@code 16M}, {@code 16MB}, {@code 512k}, {@code 1G} or a number of bytes.
     *
     * @throws IllegalArgumentException when it is none of those
     */
    public static long parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.endsWith("B") && t.length() > 1 && !Character.isDigit(t.charAt(t.length() - 2))) {
            t = t.substring(0, t.length() - 1);
        }
        int shift = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
        if (!digits.matches("[0-9]{1,12}")) {
            throw new IllegalArgumentException("'" + text + "' is not a size (16M, 512K, 1G or bytes)");
        }
        return Long.parseLong(digits) << shift;
    }

    /** {@code 52 MB}, {@code 12 KB}, {@code 900 bytes}: whole units, rounded down. */
    public static String format(long bytes) {
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1L << 10) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}

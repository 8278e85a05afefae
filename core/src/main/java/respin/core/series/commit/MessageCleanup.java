package respin.core.series.commit;

import respin.core.series.diff.xdiff.Ascii;

/**
 * Git's {@code stripspace} without comment removal, as {@code git commit} cleans a message:
 * trailing whitespace cut, runs of blank lines made one, none at either end, a final newline.
 */
final class MessageCleanup {
    private MessageCleanup() {
    }

    static String clean(String message) {
        StringBuilder out = new StringBuilder();
        int blanks = 0;
        for (String line : message.split("\n", -1)) {
            int end = line.length();
            while (end > 0 && Ascii.isSpace(line.charAt(end - 1))) {
                end--;
            }
            if (end == 0) {
                blanks++;
                continue;
            }
            if (out.length() > 0 && blanks > 0) {
                out.append('\n');
            }
            blanks = 0;
            out.append(line, 0, end).append('\n');
        }
        return out.toString();
    }
}

package respin.core.check.report;

import java.util.Objects;
import respin.core.check.patch.PatchLine;

/**
 * One problem a rule found in a patch, with what checkpatch.pl prints about it.
 *
 * @param level severity
 * @param type checkpatch's type name, such as {@code TRAILING_WHITESPACE}
 * @param message the message without a trailing newline, such as {@code trailing whitespace}
 * @param file the path in the patch, or null for a finding outside a hunk (commit message,
 *     whole patch); empty for a hunk that no file header named
 * @param line the 1-based line in the new file, or null when {@code file} is null
 * @param patchLine the 1-based line in the patch file (checkpatch's {@code #N:}), or null for
 *     a finding about the whole patch, which checkpatch prints without a line
 * @param text what checkpatch prints after the {@code #N:} line: the patch line as it is in
 *     the patch (with its leading {@code +}), or several lines (the line before it, a
 *     {@code ^} marker) joined by newlines; null when checkpatch prints neither a {@code #N:}
 *     line nor text
 * @param catVet whether checkpatch shows {@code text} through {@code cat -vet}: control
 *     characters as {@code ^I}, {@code ^M}, ... and a {@code $} at the end
 */
public record Finding(
        Level level,
        String type,
        String message,
        String file,
        Integer line,
        Integer patchLine,
        String text,
        boolean catVet) {

    public Finding {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    /** A finding about one line of the patch; file and new-file line are filled in for hunk lines. */
    public static Finding at(Level level, String type, String message, PatchLine at, boolean catVet) {
        String file = at.inHunk() ? (at.file() == null ? "" : at.file()) : null;
        Integer line = at.inHunk() ? at.newLine() : null;
        return new Finding(level, type, message, file, line, at.number(), at.text(), catVet);
    }

    /** Like {@link #at}, with {@code text} printed after the {@code #N:} line instead of the line's own. */
    public static Finding at(Level level, String type, String message, PatchLine at, String text) {
        Finding f = at(level, type, message, at, false);
        return new Finding(level, type, message, f.file(), f.line(), f.patchLine(), text, false);
    }

    /**
     * A finding checkpatch prints without context, but in its place among the lines: the terse
     * report names line {@code at}.
     */
    public static Finding bare(Level level, String type, String message, PatchLine at) {
        return new Finding(level, type, message, null, null, at.number(), null, false);
    }

    /** A finding about the whole patch, printed without a line. */
    public static Finding ofPatch(Level level, String type, String message) {
        return new Finding(level, type, message, null, null, null, null, false);
    }
}

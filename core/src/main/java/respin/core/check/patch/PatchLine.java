package respin.core.check.patch;

/**
 * One line of a patch file, with where checkpatch.pl places it.
 *
 * @param number 1-based line number in the patch file (checkpatch's {@code #N:})
 * @param text the line without its newline (a carriage return before it is kept)
 * @param sanitized the line as checkpatch matches code against it: comment characters replaced
 *     by {@code \u001c}, characters inside string and character literals by {@code X}; equal
 *     to {@code text} outside hunks
 * @param kind what part of the patch the line belongs to
 * @param file the file the patch is in at this line (after the last {@code diff --git} or
 *     {@code +++} line, without its {@code a/}, {@code b/} prefix), or null before any
 * @param newLine for a hunk line, the 1-based line in the new file (for a removed line, the new
 *     line before it); 0 outside hunks
 * @param inHunk whether the line lies within a hunk's line counts, as checkpatch reckons it; such
 *     lines are what checkpatch counts in "N lines checked"
 */
public record PatchLine(
        int number,
        String text,
        String sanitized,
        Kind kind,
        String file,
        int newLine,
        boolean inHunk) {

    /** The part of a {@code git format-patch} mail a line belongs to. */
    public enum Kind {
        /** Mail header, including the {@code From <sha>} line and folded continuations. */
        HEADER,
        /** Commit message (or cover letter text), from the first line after the headers. */
        MESSAGE,
        /** The {@code ---} line between commit message and diffstat. */
        SEPARATOR,
        /** Between the separator and the first diff: diffstat, notes. */
        DIFFSTAT,
        /** {@code diff --git}, {@code index}, {@code ---}/{@code +++}, mode and rename lines. */
        FILE_HEADER,
        /** {@code @@ -a,b +c,d @@}. */
        HUNK_HEADER,
        CONTEXT,
        ADDED,
        REMOVED,
        /** {@code \ No newline at end of file}. */
        NO_NEWLINE,
        /** The mail signature: the {@code "-- "} line after the diffs and what follows it. */
        SIGNATURE
    }

    /** Whether this is an added line ({@code +}) inside a hunk. */
    public boolean added() {
        return kind == Kind.ADDED;
    }
}

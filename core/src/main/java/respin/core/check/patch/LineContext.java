package respin.core.check.patch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import respin.core.check.patch.PatchLine.Kind;

/**
 * What checkpatch.pl's line loop knows when it reaches each line of a patch: whether it is in
 * the commit log or the mail headers, which line it holds as the previous one, how many hunk
 * lines are left, and the sanitized text as Perl holds it in bytes. Immutable.
 */
public final class LineContext {
    private final PatchText patch;
    private final boolean utf8;
    private final List<Boolean> inCommitLog;
    private final List<Boolean> logBefore;
    private final List<Boolean> inHeaderLines;
    private final List<Integer> previous;
    private final List<Integer> remaining;

    LineContext(PatchText patch, PatchScanner scan, boolean utf8) {
        this.patch = patch;
        this.utf8 = utf8;
        this.inCommitLog = List.copyOf(scan.inCommitLog);
        this.logBefore = List.copyOf(scan.logBefore);
        this.inHeaderLines = List.copyOf(scan.inHeaderLines);
        this.previous = List.copyOf(scan.previous);
        this.remaining = List.copyOf(scan.remaining);
    }

    /**
     * Whether checkpatch's commit-log checks see {@code at} as commit message: after the mail
     * headers and before a {@code Signed-off-by:}, {@code ---} or file header ends it. The blank
     * line that ends the headers is not yet part of it.
     */
    public boolean inCommitLog(PatchLine at) {
        return inCommitLog.get(at.number() - 1);
    }

    /**
     * Whether checkpatch runs its line checks on {@code at}: not on a hunk header, nor on a line
     * that names a file ({@code diff --git}, {@code +++}).
     */
    public boolean checked(PatchLine at) {
        return at.kind() != Kind.HUNK_HEADER && !(at.kind() == Kind.FILE_HEADER
                && (PatchScanner.DIFF_FILE.matcher(at.sanitized()).find()
                        || PatchScanner.PLUS_FILE.matcher(at.sanitized()).find()));
    }

    /**
     * Whether checkpatch runs its code checks on {@code at}: a checked line within a hunk's
     * counts that is not a removed line.
     */
    public boolean code(PatchLine at) {
        return checked(at) && at.inHunk() && !at.sanitized().startsWith("-");
    }

    /**
     * Whether checkpatch's checks on added C lines run on {@code at}: a code line of a {@code .c}
     * or {@code .h} file that is not context (checkpatch lets an empty line through too).
     */
    public boolean addedC(PatchLine at) {
        String s = at.sanitized();
        return code(at) && SourceFiles.in(at, SourceFiles.C) && (s.isEmpty() || s.charAt(0) == '+');
    }

    /** checkpatch's {@code $hereprev} text: the previous line's raw text, then {@code at}'s. */
    public String withPrevious(PatchLine at) {
        PatchLine prev = previous(at);
        return (prev == null ? "" : prev.text()) + "\n" + at.text();
    }

    /** The previous line's sanitized text ({@code $prevline}), empty when there is none. */
    public String prevline(PatchLine at) {
        PatchLine prev = previous(at);
        return prev == null ? "" : prev.sanitized();
    }

    /** Like {@link #inCommitLog}, but before a sign-off or {@code ---} on {@code at} itself ends it. */
    public boolean logBefore(PatchLine at) {
        return logBefore.get(at.number() - 1);
    }

    /** Whether {@code at} is still among the mail headers, as checkpatch reckons it. */
    public boolean inHeaderLines(PatchLine at) {
        return inHeaderLines.get(at.number() - 1);
    }

    /**
     * The line checkpatch compares {@code at} with as its previous one ({@code $prevline}): the
     * last line before it that is empty or starts with a space or {@code +}; null when none.
     */
    public PatchLine previous(PatchLine at) {
        int n = previous.get(at.number() - 1);
        return n == 0 ? null : patch.line(n);
    }

    /** checkpatch's {@code $realcnt} at {@code at}: the lines of its hunk left, counting it; 0 outside. */
    public int remaining(PatchLine at) {
        return remaining.get(at.number() - 1);
    }

    /**
     * {@code at}'s sanitized text as Perl holds it, on bytes: each character of several UTF-8
     * bytes becomes one character per byte ({@code \u0080} to {@code \u00ff}), and a string or
     * comment character standing for one is repeated once per byte. Offsets and lengths in it are
     * checkpatch's; {@link #fromPerl} turns text taken from it back into characters.
     */
    public String perlSanitized(PatchLine at) {
        String s = at.sanitized();
        String raw = at.text();
        if (!utf8 || s.length() != raw.length() || raw.chars().allMatch(c -> c < 0x80)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = raw.charAt(i);
            if (r < 0x80) {
                out.append(c);
            } else if (c != r && c != '\t') {
                out.append(String.valueOf(c).repeat(Columns.width(String.valueOf(r), true)));
            } else if (Character.isHighSurrogate(r) && i + 1 < raw.length()) {
                appendBytes(out, raw.substring(i, i + 2));
                i++;
            } else {
                appendBytes(out, String.valueOf(r));
            }
        }
        return out.toString();
    }

    private static void appendBytes(StringBuilder out, String chars) {
        for (byte b : chars.getBytes(StandardCharsets.UTF_8)) {
            out.append((char) (b & 0xff));
        }
    }

    /** Text taken from {@link #perlSanitized} as characters again. */
    public String fromPerl(String perl) {
        if (!utf8 || perl.chars().allMatch(c -> c < 0x80)) {
            return perl;
        }
        return new String(perl.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}

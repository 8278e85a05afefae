package respin.core.check.patch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchLine.Kind;

/**
 * One patch file (a {@code git format-patch} mail, or any unified diff) split into lines and
 * placed the way checkpatch.pl places them: mail headers, commit message, {@code ---}, diffstat,
 * file diffs with hunks, and for each hunk line its new-file line and its patch line.
 *
 * <p>Parsing never fails: text that fits no part is kept as it is and given the nearest kind.
 * Instances are immutable.
 */
public final class PatchText {
    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");
    private static final Pattern COVER_LETTER = Pattern.compile("cover-letter\\.patch$");

    private final String name;
    private final boolean utf8;
    private final List<PatchLine> lines;
    private final boolean isPatch;
    private final boolean hasCommitLog;
    private final int signOffs;
    private final int linesChecked;
    private final int handleLine;
    private final Boolean checkPath;
    private final LineContext context;

    private PatchText(String name, String text, boolean utf8) {
        this.name = Objects.requireNonNull(name, "name");
        this.utf8 = utf8;
        PatchScanner scan = new PatchScanner(split(text));
        this.lines = List.copyOf(scan.lines);
        this.isPatch = scan.isPatch;
        this.hasCommitLog = scan.hasCommitLog;
        this.signOffs = scan.signOffs;
        this.linesChecked = scan.linesChecked;
        this.handleLine = scan.handleLine;
        this.checkPath = scan.checkPath;
        this.context = new LineContext(this, scan, utf8);
    }

    /**
     * Parses patch text.
     *
     * @param name how reports name the patch, as checkpatch names it by its argument (a path);
     *     a name ending in {@code cover-letter.patch} marks a cover letter
     */
    public static PatchText parse(String name, String text) {
        return new PatchText(name, text, true);
    }

    /** Parses bytes: UTF-8, or byte by byte (ISO-8859-1) when they are not valid UTF-8. */
    public static PatchText parse(String name, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new PatchText(name, text, true);
        } catch (CharacterCodingException e) {
            return new PatchText(name, new String(bytes, StandardCharsets.ISO_8859_1), false);
        }
    }

    /** Reads and parses a patch file, named by {@code file.toString()}. */
    public static PatchText read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllBytes(file));
    }

    /** Lines as Perl's {@code while (<FILE>) { chomp; ... }} gives them: split at LF only. */
    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                out.add(text.substring(start));
                break;
            }
            out.add(text.substring(start, nl));
            start = nl + 1;
        }
        return out;
    }

    public String name() {
        return name;
    }

    /** All lines, in patch order; {@code lines().get(n - 1).number() == n}. */
    public List<PatchLine> lines() {
        return lines;
    }

    /** The line with 1-based number {@code number}, or null past either end. */
    public PatchLine line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
    }

    /**
     * The patch as bytes again, as checkpatch reads them: its lines joined by newlines, UTF-8 (or
     * byte by byte when it was not valid UTF-8), with a newline at the end.
     */
    public byte[] bytes() {
        StringBuilder s = new StringBuilder();
        lines.forEach(l -> s.append(l.text()).append('\n'));
        return s.toString().getBytes(utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /** Whether checkpatch sees a diff: a {@code diff --git}, rename, mode change or hunk line. */
    public boolean isPatch() {
        return isPatch;
    }

    /** Whether a commit message follows the mail headers (a bare diff has none). */
    public boolean hasCommitLog() {
        return hasCommitLog;
    }

    /** The number of {@code Signed-off-by:} lines. */
    public int signOffs() {
        return signOffs;
    }

    /** Whether the name ends in {@code cover-letter.patch}, as checkpatch tells a cover letter. */
    public boolean isCoverLetter() {
        return COVER_LETTER.matcher(name).find();
    }

    /** What checkpatch reports as "N lines checked": the lines inside hunk counts. */
    public int linesChecked() {
        return linesChecked;
    }

    /** Display width of text as checkpatch measures it: bytes, with tabs to multiples of 8. */
    public int columns(CharSequence text) {
        return Columns.width(text, utf8);
    }

    /** What checkpatch's line loop knows at each line, for the rules. */
    public LineContext context() {
        return context;
    }

    /** The last line checkpatch's terse prefix names, for findings about the whole patch; 0: none. */
    public int handleLine() {
        return handleLine;
    }

    /** Whether the last file header was under drivers/net/, net/ or drivers/staging/; null: none. */
    public Boolean checkPath() {
        return checkPath;
    }

    /**
     * The value of the first mail header called {@code field} (case-insensitive), continuation
     * lines joined with one space, or null when there is none.
     */
    public String header(String field) {
        String prefix = field.toLowerCase(Locale.ROOT) + ":";
        StringBuilder value = null;
        for (PatchLine l : lines) {
            if (l.kind() != Kind.HEADER) {
                if (value != null || l.kind() == Kind.MESSAGE) {
                    break;
                }
                continue;
            }
            String t = l.text();
            if (value != null) {
                if (!t.isEmpty() && (t.charAt(0) == ' ' || t.charAt(0) == '\t')) {
                    value.append(' ').append(t.strip());
                    continue;
                }
                break;
            }
            if (t.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                value = new StringBuilder(t.substring(prefix.length()).strip());
            }
        }
        return value == null ? null : value.toString();
    }

    /** The commit message lines (for a cover letter, its text), from the blank line after the headers. */
    public List<PatchLine> message() {
        return lines.stream().filter(l -> l.kind() == Kind.MESSAGE).toList();
    }

    /** The added lines of all hunks. */
    public List<PatchLine> added() {
        return lines.stream().filter(PatchLine::added).toList();
    }

    /** The file diffs, in patch order. */
    public List<FileDiff> files() {
        List<FileDiff> out = new ArrayList<>();
        PatchLine header = null;
        String path = null;
        boolean sawPlus = false;
        List<Hunk> hunks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PatchLine l = lines.get(i);
            boolean names = l.kind() == Kind.FILE_HEADER && !l.inHunk();
            boolean diff = names && PatchScanner.DIFF_FILE.matcher(l.sanitized()).find();
            boolean plus = names && !diff && PatchScanner.PLUS_FILE.matcher(l.sanitized()).find();
            if (diff || (plus && (header == null || sawPlus || !hunks.isEmpty()))) {
                if (header != null) {
                    out.add(new FileDiff(path, header, hunks));
                }
                header = l;
                hunks = new ArrayList<>();
                sawPlus = false;
            }
            if (diff || plus) {
                path = l.file();
                sawPlus |= plus;
            } else if (l.kind() == Kind.HUNK_HEADER) {
                if (header == null) {
                    header = l;
                    path = l.file();
                }
                List<PatchLine> body = new ArrayList<>();
                while (i + 1 < lines.size()
                        && (lines.get(i + 1).inHunk() || lines.get(i + 1).kind() == Kind.NO_NEWLINE)) {
                    body.add(lines.get(++i));
                }
                hunks.add(hunk(l, body));
            }
        }
        if (header != null) {
            out.add(new FileDiff(path, header, hunks));
        }
        return out;
    }

    private static Hunk hunk(PatchLine header, List<PatchLine> body) {
        Matcher m = HUNK.matcher(header.text());
        if (!m.find()) {
            return new Hunk(header, 0, 0, 0, 0, body); // checkpatch took it for a hunk; keep it
        }
        return new Hunk(header, count(m.group(1), 1), count(m.group(2), 1), count(m.group(3), 1),
                count(m.group(4), 1), body);
    }

    private static int count(String digits, int absent) {
        return digits == null ? absent : (int) PatchScanner.number(digits);
    }

    @Override
    public String toString() {
        return name;
    }
}

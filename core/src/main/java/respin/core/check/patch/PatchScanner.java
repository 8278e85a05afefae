package respin.core.check.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchLine.Kind;

/**
 * Walks a patch's lines the way checkpatch.pl's {@code process} does: a first pass that
 * sanitizes hunk lines, then a second that tracks file, new-file line, hunk counts, commit log
 * and sign-offs.
 */
public final class PatchScanner {
    private static final int F = Pattern.UNIX_LINES;
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(,(\\d+))? @@", F);
    private static final Pattern EDGE = Pattern.compile("(/\\*|\\*/)", F);
    private static final Pattern EDGE_IN_STRING = Pattern.compile("\"[^\"]*(?:/\\*|\\*/)[^\"]*\"", F);
    private static final Pattern COMMENT_START =
            Pattern.compile("^.\\s*(?:\\*\\*+| \\*)(?:\\s|$)", F | Pattern.DOTALL);
    private static final Pattern MODE_CHANGE = Pattern.compile("^ mode change [0-7]+ => [0-7]+ \\S+\\s*$", F);
    private static final Pattern RENAME = Pattern.compile("^rename (?:from|to) \\S+\\s*$", F);
    private static final Pattern GIT_DIFF = Pattern.compile("^diff --git a/[\\w/._\\-]+ b/\\S+\\s*$", F);
    /** A line that names the file the following hunks are in. */
    public static final Pattern DIFF_FILE = Pattern.compile("^diff --git.*?(\\S+)$", F);
    public static final Pattern PLUS_FILE = Pattern.compile("^\\+\\+\\+\\s+(\\S+)", F);
    private static final Pattern STRIP_PREFIX = Pattern.compile("^([^/]*)/", F);
    private static final Pattern SIGN_OFF =
            Pattern.compile("^\\s*signed-off-by:\\s*(.*)", F | Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTINUATION = Pattern.compile("^\\s+(?:\\S|$)", F);
    private static final Pattern HEADERISH =
            Pattern.compile("^(?:commit\\b|from\\b|[\\w-]+:)", F | Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECK_PATHS = Pattern.compile("^(?:drivers/net/|net/|drivers/staging/)", F);

    final List<PatchLine> lines = new ArrayList<>();
    boolean isPatch;
    boolean hasCommitLog;
    int signOffs;
    int linesChecked;
    /** The line checkpatch's terse prefix names for a finding about the whole patch; 0: none. */
    int handleLine;
    /** Whether the last file header named a path checkpatch checks strictly; null: no header. */
    Boolean checkPath;
    /** Per line (index = number - 1): checkpatch's {@code $in_commit_log} as its log checks see it. */
    final List<Boolean> inCommitLog = new ArrayList<>();
    /** Per line: {@code $in_commit_log} before a sign-off or {@code ---} on that line ends it. */
    final List<Boolean> logBefore = new ArrayList<>();
    /** Per line: {@code $in_header_lines} as checks before the start of the log see it. */
    final List<Boolean> inHeaderLines = new ArrayList<>();
    /** Per line: the number of the line checkpatch holds as {@code $prevline} there; 0: none. */
    final List<Integer> previous = new ArrayList<>();
    /** Per line: checkpatch's {@code $realcnt}, the hunk lines left counting this one; 0 outside. */
    final List<Integer> remaining = new ArrayList<>();

    PatchScanner(List<String> raw) {
        List<String> sanitized = sanitize(raw);
        scan(raw, sanitized);
    }

    private static boolean hunkText(String line) {
        return line.isEmpty() || line.charAt(0) == '+' || line.charAt(0) == ' ';
    }

    /** Saturating parse of a run of digits. */
    static long number(String digits) {
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = n * 10 + (digits.charAt(i) - '0');
            if (n > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return n;
    }

    private static long hunkCount(Matcher m) {
        return m.group(2) != null ? number(m.group(3)) + 1 : 2;
    }

    private static List<String> sanitize(List<String> raw) {
        Sanitizer sanitizer = new Sanitizer();
        List<String> out = new ArrayList<>(raw.size());
        long realcnt = 0;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            Matcher m = HUNK.matcher(line);
            if (m.find()) {
                realcnt = hunkCount(m);
                sanitizer.reset(startsInComment(raw, i, realcnt));
            } else if (realcnt != 0 && hunkText(line)) {
                line = sanitizer.sanitize(line);
            }
            out.add(line);
            if (realcnt > 1) {
                if (hunkText(line)) {
                    realcnt--;
                }
            } else {
                realcnt = 0;
            }
        }
        return out;
    }

    /** checkpatch's guess whether a hunk starting after line index {@code at} opens in a comment. */
    private static boolean startsInComment(List<String> raw, int at, long count) {
        String edge = null;
        long cnt = count;
        for (int j = at + 1; cnt > 0; j++) {
            if (j < raw.size() && raw.get(j).startsWith("-")) {
                continue;
            }
            cnt--;
            if (j >= raw.size()) {
                break;
            }
            Matcher e = EDGE.matcher(raw.get(j));
            if (e.find() && !EDGE_IN_STRING.matcher(raw.get(j)).find()) {
                edge = e.group(1);
                break;
            }
        }
        if (edge != null) {
            return edge.equals("*/");
        }
        return at + 1 < raw.size() && COMMENT_START.matcher(raw.get(at + 1)).find();
    }

    private void scan(List<String> raw, List<String> sanitized) {
        boolean inCommitLog = false;
        boolean headerLines = true;
        String realfile = "";
        long realline = 0;
        long realcnt = 0;
        Kind area = Kind.HEADER;
        int stash = 0;
        int prev = 0;
        for (int i = 0; i < raw.size(); i++) {
            int number = i + 1;
            String rawline = raw.get(i);
            String line = sanitized.get(i);
            logBefore.add(inCommitLog);
            inHeaderLines.add(headerLines);
            this.inCommitLog.add(inCommitLog);
            if (!inCommitLog
                    && (MODE_CHANGE.matcher(line).find()
                            || RENAME.matcher(line).find()
                            || GIT_DIFF.matcher(line).find())) {
                isPatch = true;
            }
            Matcher hunk = HUNK.matcher(line);
            if (!inCommitLog && hunk.find()) {
                previous.add(prev);
                remaining.add(0);
                isPatch = true;
                realline = number(hunk.group(1)) - 1;
                realcnt = hunkCount(hunk);
                area = Kind.FILE_HEADER;
                add(number, rawline, line, Kind.HUNK_HEADER, realfile, 0, false);
                continue;
            } else if (hunkText(line)) {
                prev = stash;
                stash = number;
                realline++;
                if (realcnt != 0) {
                    realcnt--;
                }
            } else if (realcnt == 1) {
                realcnt--;
            }
            previous.add(prev);
            remaining.add((int) Math.min(Integer.MAX_VALUE, realcnt));
            boolean hunkLine = realcnt != 0;

            String found = null;
            Matcher f;
            if ((f = DIFF_FILE.matcher(line)).find() || (f = PLUS_FILE.matcher(line)).find()) {
                found = STRIP_PREFIX.matcher(f.group(1)).replaceFirst("");
            }
            handleLine = number;
            if (found != null) {
                realfile = found;
                inCommitLog = false;
                checkPath = CHECK_PATHS.matcher(realfile).find();
                area = Kind.FILE_HEADER;
                add(number, rawline, line, Kind.FILE_HEADER, realfile, 0, false);
                continue;
            }
            if (hunkLine) {
                linesChecked++;
            }
            if (SIGN_OFF.matcher(line).find()) {
                signOffs++;
                inCommitLog = false;
            }
            if (line.equals("---")) {
                inCommitLog = false;
            }
            this.inCommitLog.set(i, inCommitLog);
            Kind kind = hunkLine ? hunkKind(line) : null;
            if (kind == null) {
                if (area == Kind.MESSAGE && line.equals("---")) {
                    kind = Kind.SEPARATOR;
                    area = Kind.DIFFSTAT;
                } else if (area == Kind.FILE_HEADER && line.startsWith("\\ ")) {
                    kind = Kind.NO_NEWLINE; // the marker after a hunk's last line
                } else if (area != Kind.HEADER && line.equals("-- ")) {
                    kind = Kind.SIGNATURE;
                    area = Kind.SIGNATURE;
                }
            }
            if (headerLines && realfile.isEmpty()
                    && !(CONTINUATION.matcher(rawline).find() || HEADERISH.matcher(rawline).find())) {
                headerLines = false;
                inCommitLog = true;
                hasCommitLog = true;
                if (area == Kind.HEADER) {
                    area = Kind.MESSAGE;
                }
            }
            if (kind == null) {
                kind = area;
            }
            add(number, rawline, line, kind, realfile, hunkLine ? realline : 0, hunkLine);
        }
    }

    private static Kind hunkKind(String line) {
        if (line.isEmpty()) {
            return Kind.CONTEXT;
        }
        switch (line.charAt(0)) {
            case '+':
                return Kind.ADDED;
            case '-':
                return Kind.REMOVED;
            case ' ':
                return Kind.CONTEXT;
            case '\\':
                return Kind.NO_NEWLINE;
            default:
                return null;
        }
    }

    private void add(int number, String text, String sanitized, Kind kind, String file, long newLine,
            boolean inHunk) {
        int nl = (int) Math.min(Integer.MAX_VALUE, Math.max(Integer.MIN_VALUE, newLine));
        lines.add(new PatchLine(number, text, sanitized, kind, file.isEmpty() ? null : file, nl, inHunk));
    }
}

package respin.core.check.message;

import java.util.regex.Pattern;
import respin.core.check.patch.CSyntax;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;

/** What checkpatch.pl's commit-log checks share: its guess that a line is part of a stack dump. */
final class CommitLog {
    private static final Pattern DUMP_START = CSyntax.compile(
            "^\\s*(?:WARNING:|BUG:)|^\\s*\\[\\s*\\d+\\.\\d{6,6}\\s*\\]|^\\s*\\[\\<[0-9a-fA-F]{8,}\\>\\]");
    private static final Pattern DUMP_ANYWHERE = CSyntax.compile(
            "^(?:\\s+\\w+:\\s+[0-9a-fA-F]+){3,3}|^\\s*\\#\\d+\\s*\\[[0-9a-fA-F]+\\]\\s*\\w+ at [0-9a-fA-F]+");
    private static final Pattern BLANK = CSyntax.compile("^\\s*$");

    private CommitLog() {}

    /**
     * checkpatch's {@code $commit_log_possible_stack_dump} as its long-line and commit-id checks
     * see it on each line (index = line number).
     */
    static boolean[] stackDump(PatchText patch) {
        boolean[] out = new boolean[patch.lines().size() + 1];
        boolean dump = false;
        for (PatchLine l : patch.lines()) {
            if (!patch.context().checked(l)) {
                out[l.number()] = dump;
                continue;
            }
            boolean log = patch.context().inCommitLog(l);
            String line = l.sanitized();
            // as checkpatch parenthesises it, the last two patterns need no commit log
            if (log && !dump && DUMP_START.matcher(line).find() || DUMP_ANYWHERE.matcher(line).find()) {
                dump = true;
            }
            out[l.number()] = dump;
            if (log && dump && BLANK.matcher(line).find()) {
                dump = false;
            }
        }
        return out;
    }

    /** The length Perl gives {@code text} read as bytes. */
    static int bytes(PatchText patch, String text) {
        return patch.columns(text.replace('\t', ' '));
    }
}

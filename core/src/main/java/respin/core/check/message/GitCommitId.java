package respin.core.check.message;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.BalancedParens;
import respin.core.check.patch.Emails;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/**
 * ERROR:GIT_COMMIT_ID on a commit-message line that names a commit (or a bare 12 to 40 digit
 * hash) other than as {@code commit <12+ hex digits> ("<title>")}, looking up to two lines on for
 * the title. Like checkpatch outside a git repository: the suggestion uses
 * {@code 0123456789ab} and the title as given.
 */
public final class GitCommitId implements Rule {
    private static final int F = Pattern.UNIX_LINES;
    private static final int FI = F | Pattern.CASE_INSENSITIVE;
    private static final Pattern EXEMPT_TAG =
            Pattern.compile("^\\s*(?:Link|Patchwork|http|https|BugLink|base-commit):", FI);
    private static final Pattern REVERT = Pattern.compile("^This reverts commit [0-9a-f]{7,40}", F);
    private static final Pattern COMMIT_HEX = Pattern.compile("\\bcommit\\s+[0-9a-f]{5,}\\b", FI);
    private static final Pattern COMMIT_END = Pattern.compile("\\bcommit\\s*$", FI);
    private static final Pattern HEX_START = Pattern.compile("^\\s*[0-9a-f]{5,}\\b", FI);
    private static final Pattern BARE_HASH = Pattern.compile("(?:\\s|^)[0-9a-f]{12,40}(?:[\\s\"'(\\[]|$)", FI);
    private static final Pattern BRACKETED_HASH = Pattern.compile("[<\\[][0-9a-f]{12,40}[>\\]]", FI);
    private static final Pattern FIXES_HASH = Pattern.compile("\\bfixes:\\s*[0-9a-f]{12,40}", FI);
    private static final Pattern COMMIT_HEX_OR_END = Pattern.compile("\\bcommit\\s+[0-9a-f]{5,}|\\bcommit\\s*$", FI);
    private static final Pattern BEFORE_TITLE = Pattern.compile("\\bcommit\\s+[0-9a-f]{5,}\\s*", FI);
    private static final Pattern FIRST = Pattern.compile("\\b(c)ommit\\s+([0-9a-f]{5,})\\b", FI);
    private static final Pattern LONG_ENOUGH = Pattern.compile("\\bcommit\\s+[0-9a-f]{12,40}", FI);
    private static final Pattern TOO_LONG = Pattern.compile("\\bcommit\\s+[0-9a-f]{41,}", FI);
    private static final Pattern ONE_SPACE = Pattern.compile("\\bcommit [0-9a-f]", FI);
    private static final Pattern LOWER = Pattern.compile("\\b[Cc]ommit\\s+[0-9a-f]{5,40}[^A-F]", F);

    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        boolean[] dump = CommitLog.stackDump(patch);
        int lastCommitEnd = -1;
        for (PatchLine l : patch.lines()) {
            String line = l.sanitized();
            if (!patch.context().checked(l) || !patch.context().inCommitLog(l) || dump[l.number()] || !mentionsCommit(patch, l)) {
                continue;
            }
            String input = line;
            StringBuilder context = new StringBuilder(l.text());
            String desc = "commit description";
            boolean quotes = false;
            if (COMMIT_HEX_OR_END.matcher(line).find()) {
                StringBuilder more = new StringBuilder();
                boolean parens = false;
                for (int n = 0; n < 2; n++) {
                    String title = title(input);
                    if (title != null) {
                        desc = title.substring(1, title.length() - 1);
                        parens = true;
                        if (desc.length() >= 2 && desc.startsWith("\"") && desc.endsWith("\"")) {
                            desc = desc.substring(1, desc.length() - 1);
                            quotes = true;
                        }
                        break;
                    }
                    PatchLine next = patch.line(l.number() + n + 1);
                    if (next == null) {
                        break;
                    }
                    input += " " + Emails.trim(next.text());
                    more.append('\n').append(next.text());
                }
                if (parens) {
                    context.append(more);
                }
            }
            String init = "c";
            boolean shortId = true;
            boolean longId = false;
            boolean space = true;
            boolean upper = true;
            Matcher m = FIRST.matcher(input);
            if (m.find()) {
                init = m.group(1);
                shortId = !LONG_ENOUGH.matcher(input).find();
                longId = TOO_LONG.matcher(input).find();
                space = !ONE_SPACE.matcher(input).find();
                upper = !LOWER.matcher(input).find();
            }
            if ((shortId || longId || space || upper || !quotes) && lastCommitEnd != l.number() - 1) {
                out.accept(Finding.at(Level.ERROR, "GIT_COMMIT_ID", "Please use git commit description style "
                        + "'commit <12+ chars of sha1> (\"<title line>\")' - ie: '" + init + "ommit 0123456789ab (\""
                        + desc + "\")'", l, context.toString()));
            }
            if (COMMIT_END.matcher(line).find()) {
                lastCommitEnd = l.number();
            }
        }
    }

    private static boolean mentionsCommit(PatchText patch, PatchLine l) {
        String line = l.sanitized();
        if (EXEMPT_TAG.matcher(line).find() || REVERT.matcher(line).find()) {
            return false;
        }
        PatchLine next = patch.line(l.number() + 1);
        return COMMIT_HEX.matcher(line).find()
                || COMMIT_END.matcher(line).find() && next != null && HEX_START.matcher(next.text()).find()
                || BARE_HASH.matcher(line).find() && !BRACKETED_HASH.matcher(line).find()
                        && !FIXES_HASH.matcher(line).find();
    }

    /** The first {@code (...)} right after {@code commit <hex>}, with its parentheses; null: none. */
    private static String title(String input) {
        Matcher m = BEFORE_TITLE.matcher(input);
        for (int from = 0; from < input.length() && m.find(from); from = m.start() + 1) {
            // Perl backtracks over the hex digits and spaces too; a shorter run never ends at '('
            int end = BalancedParens.end(input, m.end());
            if (end > 0) {
                return input.substring(m.end(), end);
            }
        }
        return null;
    }
}

package respin.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Patch mails around {@link KernelMutations} edits of real kernel files, each with a commit
 * message that may carry a mistake of its own (long line, commit id style, sign-off, subject).
 */
final class CorpusPatches {
    private static final String AUTHOR = "Ann Dev <ann@example.com>";
    private static final String[] MESSAGES = {
        "plain", "long-log-line", "commit-id", "missing-sign-off", "bad-sign-off", "author-mismatch",
        "email-subject", "no-description", "fixes-tag", "co-developed", "other-sign-off",
    };

    private CorpusPatches() {}

    static int messages() {
        return MESSAGES.length;
    }

    /** A mail changing {@code path} (whose text is {@code lines}) by {@code edit}; message kind {@code m}. */
    static String mail(String path, List<String> lines, KernelMutations.Edit edit, int m, Random random) {
        StringBuilder p = header(edit.name(), m);
        int before = Math.min(3, edit.at());
        int start = edit.at() - before;
        int afterEnd = Math.min(lines.size(), edit.at() + edit.removed() + 3);
        int after = afterEnd - (edit.at() + edit.removed());
        List<String> hunk = new ArrayList<>();
        for (int i = start; i < edit.at(); i++) {
            hunk.add(" " + lines.get(i));
        }
        for (int i = edit.at(); i < edit.at() + edit.removed(); i++) {
            hunk.add("-" + lines.get(i));
        }
        edit.added().forEach(a -> hunk.add("+" + a));
        for (int i = edit.at() + edit.removed(); i < afterEnd; i++) {
            hunk.add(" " + lines.get(i));
        }
        int oldCount = before + edit.removed() + after;
        int newCount = before + edit.added().size() + after;
        diffstat(p, path, edit.added().size(), edit.removed());
        p.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("index 1111111..2222222 100644\n")
                .append("--- a/").append(path).append('\n')
                .append("+++ b/").append(path).append('\n')
                .append("@@ -").append(start + 1).append(',').append(oldCount)
                .append(" +").append(start + 1).append(',').append(newCount).append(" @@\n");
        if (random.nextInt(25) == 0) {
            hunk.add(1, "wrapped by a mailer"); // a corrupted patch
        }
        hunk.forEach(h -> p.append(h).append('\n'));
        return p.append("-- \n2.39.5\n\n").toString();
    }

    /** A mail adding a new file with the first lines of {@code lines}. */
    static String newFile(String path, List<String> lines, int m) {
        StringBuilder p = header("new-file", m);
        List<String> added = lines.subList(0, Math.min(12, lines.size()));
        diffstat(p, path, added.size(), 0);
        p.append(" create mode 100644 ").append(path).append("\n\n");
        p.setLength(p.length() - 1);
        p.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("new file mode 100644\nindex 0000000..2222222\n--- /dev/null\n+++ b/").append(path)
                .append('\n').append("@@ -0,0 +1,").append(added.size()).append(" @@\n");
        added.forEach(a -> p.append('+').append(a).append('\n'));
        return p.append("-- \n2.39.5\n\n").toString();
    }

    private static void diffstat(StringBuilder p, String path, int added, int removed) {
        p.append("---\n ").append(path).append(" | ").append(added + removed).append(' ')
                .append("+".repeat(added)).append("-".repeat(removed)).append('\n')
                .append(" 1 file changed, ").append(added).append(" insertions(+), ").append(removed)
                .append(" deletions(-)\n\n");
    }

    private static StringBuilder header(String change, int m) {
        String kind = MESSAGES[m % MESSAGES.length];
        String from = kind.equals("author-mismatch") ? "Ann Dev <ann@example.org>" : AUTHOR;
        String subject = kind.equals("email-subject") ? "fix what sparse reports in the " + change + " code"
                : "change the " + change + " code";
        StringBuilder p = new StringBuilder()
                .append("From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001\n")
                .append("From: ").append(from).append('\n')
                .append("Date: Mon, 1 Jan 2024 00:00:00 +0000\n")
                .append("Subject: [PATCH] corpus: ").append(subject).append("\n\n");
        switch (kind) {
            case "long-log-line" -> p.append("This message line is longer than the seventy-five columns "
                    + "that checkpatch allows in a log.\n\n");
            case "commit-id" -> p.append("Since commit 1234567 (a short id without quotes), and commit\n"
                    + "0123456789ab (\"a title on the next line\") the code is like this.\n\n");
            case "fixes-tag" -> p.append("Fix the code.\n\nFixes: 0123456789ab (\"corpus: a title\")\n");
            case "no-description" -> { }
            default -> p.append("Change the code for the differential corpus.\n\n");
        }
        switch (kind) {
            case "missing-sign-off" -> { }
            case "other-sign-off" -> p.append("Signed-off-by: Bob Ray <bob@example.com>\n");
            case "bad-sign-off" -> p.append("signed-off-by:  ").append(AUTHOR).append('\n');
            case "co-developed" -> p.append("Co-developed-by: Bob Ray <bob@example.com>\nSigned-off-by: ")
                    .append(AUTHOR).append('\n');
            default -> p.append("Signed-off-by: ").append(AUTHOR).append('\n');
        }
        return p;
    }
}

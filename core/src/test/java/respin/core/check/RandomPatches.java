package respin.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random patch mails built to hit the corners of the check rules, for differential tests. */
final class RandomPatches {
    private static final String[] FILES = {
        "drivers/misc/a.c", "include/linux/b.h", "net/core/c.c", "scripts/d.sh", "tools/e.py",
        "Documentation/f.rst", "arch/x86/g.S", "scripts/h.pl", "arch/arm/boot/i.dts", "lib/j.rs",
        "drivers/staging/k.c", "Makefile",
    };
    private static final String[] INDENTS = {
        "", "", "\t", "\t", "\t\t", " ", "  ", "        ", " \t", "\t ", "    \t", "\t        ", "   ",
    };
    private static final String[] BODIES = {
        "int x;", "foo(bar);", "/* comment */", "/*", " * middle of a comment", " */", "*/", "// c99 comment",
        "s = \"string /* not a comment */\";", "c = '\\'';", "#define X 1", "# include <a/b.h>", "label:",
        "L ## x:", "return 0;", "pr_info(\"msg %d\\n\", x);", "x = \"unterminated", "\\", "é = 1;", "€",
        "EFI_GUID(1, 2)", "DEFINE_PER_CPU(int, x);", "see https://example.com/x", "#error do not \"build\"",
        "a = b; /* tail */", "\"only a string\",", "dev_err(dev, \"failed\\n\");", "case 1:", "x = y ?",
        "Signed-off-by: Someone <s@example.com>", "+++ b/not-a-file", "@@ -1 +1 @@",
    };
    private static final String[] TAILS = {"", "", "", "", " ", "\t", " \t", "\r", "  ", "\t "};

    private final Random random;

    RandomPatches(long seed) {
        random = new Random(seed);
    }

    private <T> T pick(T[] from) {
        return from[random.nextInt(from.length)];
    }

    private String codeLine() {
        StringBuilder s = new StringBuilder(pick(INDENTS));
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            s.append(i == 0 ? "" : " ").append(pick(BODIES));
        }
        if (random.nextInt(4) == 0) {
            int to = 85 + random.nextInt(40);
            String filler = random.nextBoolean() ? "x" : (random.nextBoolean() ? " y" : "é");
            while (s.length() < to) {
                s.append(filler);
            }
            if (random.nextBoolean()) {
                s.append(pick(new String[] {"\";", "\");", "\",", " */", "\"", ";"}));
            }
        }
        if (random.nextInt(10) == 0) {
            s.setLength(0); // a blank line
        }
        return s.append(pick(TAILS)).toString();
    }

    /** A patch text; {@code kind} 0..9: mostly mails with diffs, some bare diffs and cover letters. */
    String patch(int kind) {
        StringBuilder p = new StringBuilder();
        boolean mail = kind != 9;
        boolean diff = kind != 8;
        if (mail) {
            p.append("From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001\n")
                    .append("From: Ann Dev <ann@example.com>\n")
                    .append("Date: Mon, 1 Jan 2024 00:00:00 +0000\n")
                    .append("Subject: [PATCH] fuzz: change things\n\n");
            int msg = random.nextInt(4);
            for (int i = 0; i < msg; i++) {
                p.append(random.nextInt(5) == 0 ? codeLine() : "Change things for the test.").append('\n');
            }
            if (random.nextInt(3) != 0) {
                p.append("\nSigned-off-by: Ann Dev <ann@example.com>\n");
            }
            if (diff) {
                p.append("---\n drivers/misc/a.c | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\n");
            }
        }
        if (diff) {
            int files = 1 + random.nextInt(3);
            for (int f = 0; f < files; f++) {
                fileDiff(p, pick(FILES));
            }
        }
        if (mail) {
            p.append("-- \n2.43.0\n");
            if (random.nextBoolean()) {
                p.append('\n');
            }
        }
        return p.toString();
    }

    private void fileDiff(StringBuilder p, String path) {
        int shape = random.nextInt(8);
        p.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        if (shape == 0) {
            p.append("new file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/").append(path).append('\n');
        } else if (shape == 1) {
            p.append("deleted file mode 100644\nindex 1111111..0000000\n--- a/").append(path)
                    .append("\n+++ /dev/null\n");
        } else {
            p.append("index 1111111..2222222 100644\n--- a/").append(path).append("\n+++ b/").append(path).append('\n');
        }
        int hunks = shape <= 1 ? 1 : 1 + random.nextInt(3);
        int start = 1 + random.nextInt(5);
        for (int h = 0; h < hunks; h++) {
            start = hunk(p, shape, start) + 3 + random.nextInt(20);
        }
    }

    /** Appends a hunk; returns the old line after it. */
    private int hunk(StringBuilder p, int shape, int start) {
        List<String> body = new ArrayList<>();
        int oldCount = 0;
        int newCount = 0;
        int n = 1 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
            int op = shape == 0 ? 1 : shape == 1 ? 2 : random.nextInt(3);
            String line = codeLine();
            if (op == 0) {
                body.add(line.isEmpty() && random.nextBoolean() ? "" : " " + line);
                oldCount++;
                newCount++;
            } else if (op == 1) {
                body.add("+" + line);
                newCount++;
            } else {
                body.add("-" + line);
                oldCount++;
            }
        }
        if (random.nextInt(6) == 0) {
            body.add("\\ No newline at end of file");
        }
        int oldStart = shape == 0 ? 0 : start;
        int newStart = shape == 1 ? 0 : start;
        if (random.nextInt(15) == 0) {
            newCount += random.nextBoolean() ? 1 : -1; // a miscounted hunk
        }
        p.append("@@ -").append(oldStart).append(count(oldCount)).append(" +").append(newStart)
                .append(count(newCount)).append(" @@").append(random.nextBoolean() ? " int f(void)" : "").append('\n');
        for (String b : body) {
            p.append(b).append('\n');
        }
        return start + oldCount;
    }

    private String count(int n) {
        return n == 1 && random.nextBoolean() ? "" : "," + Math.max(0, n);
    }
}

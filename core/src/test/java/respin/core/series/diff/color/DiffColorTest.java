package respin.core.series.diff.color;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expected bytes are git 2.39.5's {@code git diff --color=always} of the same change. */
class DiffColorTest {
    private static final String OLD = "x\nint main(void)\n{\n\n\n\n\treturn 0;\n}\nend";
    private static final String NEW = "x\nint main(void)\n{\n\n\n\n\treturn 1;\r\n\tfoo;   \t\n}\nend2";

    @Test
    void coloursLikeGitDiff() {
        String patch = """
                diff --git a/a.c b/a.c
                index a528814..c9bfcb5 100644
                --- a/a.c
                +++ b/a.c
                @@ -4,6 +4,7 @@ int main(void)
                 \n \n \n-\treturn 0;
                +\treturn 1;\r
                +\tfoo;   \t
                 }
                -end
                \\ No newline at end of file
                +end2
                \\ No newline at end of file
                """;
        String git = """
                \033[1mdiff --git a/a.c b/a.c\033[m
                \033[1mindex a528814..c9bfcb5 100644\033[m
                \033[1m--- a/a.c\033[m
                \033[1m+++ b/a.c\033[m
                \033[36m@@ -4,6 +4,7 @@\033[m \033[mint main(void)\033[m
                 \033[m
                 \033[m
                 \033[m
                \033[31m-\treturn 0;\033[m
                \033[32m+\033[m\t\033[32mreturn 1;\033[m\033[41m\r\033[m
                \033[32m+\033[m\t\033[32mfoo;\033[m\033[41m   \t\033[m
                 }\033[m
                \033[31m-end\033[m
                \\ No newline at end of file\033[m
                \033[32m+\033[m\033[32mend2\033[m
                \\ No newline at end of file\033[m
                """;
        assertEquals(git, colour(patch, OLD, NEW, Whitespace.DEFAULT_RULE));
    }

    @Test
    void blankLinesAddedAtTheEndAndASpaceBeforeATab() {
        String patch = "@@ -1 +1,4 @@\n-a\n+ \tb\n+\n+  \n+\n";
        String git = "\033[36m@@ -1 +1,4 @@\033[m\n\033[31m-a\033[m\n\033[32m+\033[m\033[41m \033[m\t\033[32mb\033[m\n"
                + "\033[41m+\033[m\n\033[41m+  \033[m\n\033[41m+\033[m\n";
        assertEquals(git, colour(patch, "a\n", " \tb\n\n  \n\n", Whitespace.DEFAULT_RULE));
    }

    private static String colour(String patch, String oldText, String newText, int rule) {
        return new String(DiffColor.colour(bytes(patch), bytes(oldText), bytes(newText), rule),
                StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}

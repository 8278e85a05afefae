package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rewriters and the planner decide on model nodes, never on the text around a position: no
 * regular expression and no string matching or splitting in {@code rewriters/src/main} or
 * {@code core/.../plan}. The rule reads the main sources as text and names each offending
 * file:line; a planted use shows it can fail.
 */
class NoRegexOverCTest {
    /** What counts as matching text: the regex package, its compiled patterns, and String's regex methods. */
    static final List<String> BANNED = List.of("java.util.regex", "Pattern.", ".replaceAll(", ".matches(", ".split(");

    /** The folders the rule covers, relative to the repository root. */
    static final List<String> COVERED = List.of("rewriters/src/main/", "core/src/main/java/respin/core/plan/");

    /** Files or folders left out, each with why. Keep it short. */
    static final Map<String, String> EXEMPT = Map.of(
            "rewriters/src/main/java/respin/rewriters/recipes/",
            "reads recipe files (YAML and their templates), not C");

    /** One {@code path:line: what} per banned use in a covered, not exempt source; comment lines are skipped. */
    static List<String> violations(List<StageRules.Source> sources) {
        List<String> out = new ArrayList<>();
        for (StageRules.Source s : sources) {
            String path = s.path().replace('\\', '/');
            if (COVERED.stream().noneMatch(path::startsWith) || EXEMPT.keySet().stream().anyMatch(path::startsWith)) {
                continue;
            }
            String[] lines = s.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                    continue;
                }
                for (String b : BANNED) {
                    // an accessor named split() takes no argument; String.split always does
                    if (line.replace(".split()", "").contains(b)) {
                        out.add(path + ":" + (i + 1) + ": " + b);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void rewritersAndPlanMatchNoTextWithRegularExpressions() {
        assertEquals(List.of(), violations(StageRules.read(Fixtures.root())));
    }

    @Test
    void aPlantedRegexIsNamedWithItsLine() {
        String text = "package respin.rewriters;\n\n/** A doc line naming java.util.regex is fine. */\n"
                + "final class Bad {\n    boolean f(String s) {\n        return s.matches(\"\\\\w+\");\n    }\n}\n";
        List<StageRules.Source> planted = List.of(
                new StageRules.Source("rewriters/src/main/java/respin/rewriters/Bad.java", text),
                new StageRules.Source("core/src/main/java/respin/core/plan/Split.java", "x.split(\" \");\n"),
                new StageRules.Source("core/src/main/java/respin/core/index/Elsewhere.java", "x.split(\" \");\n"),
                new StageRules.Source("rewriters/src/main/java/respin/rewriters/recipes/Yaml.java",
                        "x.split(\",\");\n"));
        assertEquals(List.of("rewriters/src/main/java/respin/rewriters/Bad.java:6: .matches(",
                "core/src/main/java/respin/core/plan/Split.java:1: .split("), violations(planted));
    }
}

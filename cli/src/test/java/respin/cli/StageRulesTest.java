package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packages are the pipeline's stages, one way only: the rules of {@link StageRules} hold on
 * the main sources of the three modules, and each of them fails on a planted violation.
 */
class StageRulesTest {
    private static final List<StageRules.Source> SOURCES = StageRules.read(Fixtures.root());

    /** The real sources with {@code line} added after the package line of the file ending in {@code file}. */
    private static List<StageRules.Source> planted(String file, String line) {
        List<StageRules.Source> out = new ArrayList<>();
        int found = 0;
        for (StageRules.Source s : SOURCES) {
            if (s.path().endsWith(file)) {
                found++;
                int eol = s.text().indexOf('\n');
                out.add(new StageRules.Source(s.path(), s.text().substring(0, eol + 1) + line + "\n"
                        + s.text().substring(eol + 1)));
            } else {
                out.add(s);
            }
        }
        assertEquals(1, found, file);
        return out;
    }

    @Test
    void everyPackageUsesOnlyEarlierStages() {
        assertEquals(List.of(), StageRules.backImports(SOURCES));
    }

    @Test
    void packagesFormNoCycle() {
        assertEquals(List.of(), StageRules.cycles(StageRules.graph(SOURCES)));
    }

    @Test
    void cliOnlyParsesOptionsAndPrints() {
        assertEquals(List.of(), StageRules.cliDecides(SOURCES));
    }

    @Test
    void noPackageIsTooBig() {
        assertEquals(List.of(), StageRules.oversized(SOURCES));
    }

    @Test
    void aPlantedBackImportFails() {
        List<StageRules.Source> bad = planted("core/plan/Plan.java", "import respin.core.pipeline.Pipeline;");
        assertEquals(List.of("core/src/main/java/respin/core/plan/Plan.java: plan uses respin.core.pipeline.Pipeline "
                + "of the later stage pipeline"), StageRules.backImports(bad));
    }

    @Test
    void aQualifiedNameCountsAndACommentDoesNot() {
        List<StageRules.Source> bad = planted("core/series/diff/Hunks.java",
                "// respin.core.check.PatchChecker is fine in a comment\n"
                        + "class Planted { Object o = respin.core.series.mail.PatchFile.class; String s = \"respin.cli.Main\"; }");
        assertEquals(List.of("core/src/main/java/respin/core/series/diff/Hunks.java: series.diff uses "
                + "respin.core.series.mail.PatchFile of the later stage series.mail"), StageRules.backImports(bad));
    }

    @Test
    void aPackageOutsideTheOrderFails() {
        List<StageRules.Source> bad = new ArrayList<>(SOURCES);
        bad.add(new StageRules.Source("core/src/main/java/respin/core/misc/Helpers.java",
                "package respin.core.misc;\nfinal class Helpers {}\n"));
        assertEquals(List.of("core/src/main/java/respin/core/misc/Helpers.java: package respin.core.misc is no "
                + "stage of StageRules.ORDER"), StageRules.backImports(bad));
    }

    @Test
    void aCycleIsNamed() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of("a -> b -> c -> a"), StageRules.cycles(g));
    }

    @Test
    void aPlantedBackImportMakesTheCycleItCloses() {
        List<StageRules.Source> bad = planted("core/edit/TextEdit.java", "import respin.core.plan.Plan;");
        assertEquals(List.of("respin.core.edit -> respin.core.plan -> respin.core.edit"),
                StageRules.cycles(StageRules.graph(bad)));
    }

    @Test
    void cliDomainLogicFails() {
        List<StageRules.Source> bad = planted("cli/RecipesCommand.java",
                "import org.eclipse.jgit.lib.Repository;\nimport respin.core.series.commit.SeriesBuilder;");
        assertEquals(List.of(
                "cli/src/main/java/respin/cli/RecipesCommand.java: the CLI uses respin.core.series.commit.SeriesBuilder;"
                        + " let a pipeline command decide",
                "cli/src/main/java/respin/cli/RecipesCommand.java: the CLI uses JGit; reading a repository is the "
                        + "checkout stage's job"), StageRules.cliDecides(bad));
    }

    @Test
    void optionDeclarationsAreNotCode() {
        assertEquals(3, StageRules.codeLines("""
                package respin.cli;
                import java.io.File;
                /** A command. */
                @Command(name = "x",
                        description = "y")
                final class X {
                    @Option(names = "--repo",
                            description = "where")
                    File repo;
                    // a comment
                    int run() { return 0; }
                }
                """));
    }

    @Test
    void aCrowdedPackageFails() {
        List<StageRules.Source> many = new ArrayList<>();
        for (int i = 0; i <= StageRules.MAX_FILES; i++) {
            many.add(new StageRules.Source("core/src/main/java/respin/core/scan/F" + i + ".java",
                    "package respin.core.scan;\n" + "\n".repeat(100)));
        }
        assertEquals(List.of("respin.core.scan: 26 files, 2626 lines (at most 25 and 2750); split it into sub-packages"),
                StageRules.oversized(many));
    }
}

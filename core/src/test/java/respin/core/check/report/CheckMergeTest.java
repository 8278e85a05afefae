package respin.core.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.check.PatchChecker;
import respin.core.check.Samples;
import respin.core.check.patch.PatchText;

/**
 * Merging with checkpatch.pl's findings, read from its recorded {@code --emacs --show-types}
 * report on two samples ({@code checkpatch-output/emacs.txt}, the names as
 * {@link CheckpatchScript} gives them), without running perl.
 */
class CheckMergeTest {
    private static final List<String> NAMES = List.of("git-commit-id.patch", "spacing.patch");
    private static final List<String> FILES = List.of("0000/git-commit-id.patch", "0001/spacing.patch");

    private static String recorded(String name) throws IOException, URISyntaxException {
        return Files.readString(Path.of(CheckMergeTest.class.getResource("/checkpatch-output/" + name).toURI()),
                StandardCharsets.UTF_8);
    }

    private static List<PatchText> patches() {
        return NAMES.stream().map(Samples::load).toList();
    }

    private static List<CheckResult> merge(List<List<Finding>> theirs) {
        List<CheckResult> ours = new PatchChecker().checkAll(patches());
        List<CheckResult> out = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            out.add(CheckMerge.merge(ours.get(i), theirs.get(i)));
        }
        return out;
    }

    @Test
    void mergedReportIsCheckpatchsWhenItFindsAllRespinFinds() throws Exception {
        List<List<Finding>> theirs = CheckpatchReport.parse(recorded("emacs.txt"), FILES, patches());
        // checkpatch's own report on the same files: UNKNOWN_COMMIT_ID comes from it alone, the
        // findings both report appear once
        assertEquals(recorded("default.txt"), new CheckReport().format(merge(theirs)));
    }

    @Test
    void findingsOnlyRespinReportsStayInLineOrder() throws Exception {
        List<List<Finding>> theirs = CheckpatchReport.parse(recorded("emacs.txt"), FILES, patches());
        theirs.get(1).removeIf(f -> f.message().startsWith("space prohibited before that ','"));
        theirs.get(0).removeIf(f -> f.type().equals("GIT_COMMIT_ID"));
        assertEquals("""
                git-commit-id.patch:6: WARNING:UNKNOWN_COMMIT_ID: Unknown commit id '0123456789', maybe rebased or not pulled?
                git-commit-id.patch:7: WARNING:UNKNOWN_COMMIT_ID: Unknown commit id '0123456789ab', maybe rebased or not pulled?
                git-commit-id.patch:7: ERROR:GIT_COMMIT_ID: Please use git commit description style 'commit <12+ chars of sha1> ("<title line>")' - ie: 'commit 0123456789ab ("no quotes")'
                git-commit-id.patch:9: WARNING:UNKNOWN_COMMIT_ID: Unknown commit id '0123456789ab', maybe rebased or not pulled?
                git-commit-id.patch:9: ERROR:GIT_COMMIT_ID: Please use git commit description style 'commit <12+ chars of sha1> ("<title line>")' - ie: 'Commit 0123456789ab ("two spaces")'
                git-commit-id.patch:10: WARNING:UNKNOWN_COMMIT_ID: Unknown commit id '0123456789ab', maybe rebased or not pulled?
                git-commit-id.patch:12: WARNING:UNKNOWN_COMMIT_ID: Unknown commit id '0123456789ab', maybe rebased or not pulled?
                total: 2 errors, 5 warnings, 4 lines checked
                spacing.patch:22: WARNING:SPACING: space prohibited between function name and open parenthesis '('
                spacing.patch:22: ERROR:SPACING: space required after that ',' (ctx:VxV)
                spacing.patch:24: ERROR:SPACING: space prohibited before that ',' (ctx:WxW)
                spacing.patch:25: ERROR:SPACING: need consistent spacing around '*' (ctx:WxV)
                spacing.patch:26: ERROR:SPACING: space prohibited after that '*' (ctx:WxW)
                total: 4 errors, 1 warnings, 15 lines checked
                """, new CheckReport().terse(true).showTypes(true).format(merge(theirs)));
    }

    @Test
    void readsContextLinesAndWholePatchFindings() throws Exception {
        List<List<Finding>> theirs = CheckpatchReport.parse(recorded("emacs.txt"), FILES, patches());
        assertEquals(new Finding(Level.ERROR, "SPACING", "space prohibited after that '*' (ctx:WxW)",
                "drivers/misc/foo.c", 9, 26, "+\tx = * p;\n \t    ^", false), theirs.get(1).get(4));
        PatchText unsigned = Samples.load("missing-sign-off.patch");
        List<List<Finding>> whole = CheckpatchReport.parse(
                "0000/missing-sign-off.patch:22: ERROR:MISSING_SIGN_OFF: Missing Signed-off-by: line(s)\n\n"
                        + "total: 1 errors, 0 warnings, 4 lines checked\n", List.of("0000/missing-sign-off.patch"),
                List.of(unsigned));
        assertEquals(List.of(Finding.ofPatch(Level.ERROR, "MISSING_SIGN_OFF", "Missing Signed-off-by: line(s)")),
                whole.get(0));
    }
}

package respin.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.check.report.CheckResult;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;
import respin.core.check.rules.SpaceBeforeTab;

class PatchCheckerTest {
    @Test
    void findingsCarryFileLinesAndText() {
        CheckResult r = new PatchChecker().check(Samples.load("missing-sign-off.patch"));
        assertEquals(List.of(Finding.ofPatch(Level.ERROR, "MISSING_SIGN_OFF", "Missing Signed-off-by: line(s)")),
                r.findings());
        assertEquals(4, r.linesChecked());
        assertFalse(r.clean());

        Finding f = new PatchChecker().check(Samples.load("trailing-whitespace.patch")).findings().get(0);
        assertEquals(new Finding(Level.ERROR, "TRAILING_WHITESPACE", "trailing whitespace", "drivers/misc/foo.c",
                5, 21, "+static int a; ", true), f);
    }

    @Test
    void ordersFindingsByLineThenRuleWithWholePatchFindingsLast() {
        Rule late = (patch, out) -> out.accept(Finding.ofPatch(Level.WARNING, "LATE", "late"));
        Rule lines = (patch, out) -> patch.added().forEach(
                l -> out.accept(Finding.at(Level.WARNING, "LINE", "line", l, false)));
        List<String> order = new PatchChecker().rules(List.of(late, new SpaceBeforeTab(), lines))
                .check(Samples.load("space-before-tab.patch")).findings().stream()
                .map(f -> f.type() + "@" + f.patchLine()).toList();
        assertEquals(List.of("SPACE_BEFORE_TAB@21", "LINE@21", "LINE@22", "SPACE_BEFORE_TAB@23", "LINE@23",
                "LATE@null"), order);
    }

    @Test
    void strictCountsChecksAndNetFilesAlwaysDo() {
        assertFalse(new PatchChecker().check(Samples.load("code-indent.patch")).showChecks());
        assertTrue(new PatchChecker().strict(true).check(Samples.load("code-indent.patch")).showChecks());
        assertTrue(new PatchChecker().check(Samples.load("series/0002-net-add-m.patch")).showChecks());
    }

    @Test
    void aPatchWithoutFilesCountsChecksAsThePatchBeforeIt() {
        List<CheckResult> run = new PatchChecker().checkAll(List.of(
                Samples.load("series/0002-net-add-m.patch"), Samples.load("series/0000-cover-letter.patch"),
                Samples.load("code-indent.patch"), Samples.load("series/0000-cover-letter.patch")));
        assertEquals(List.of(true, true, false, false), run.stream().map(CheckResult::showChecks).toList());
    }

    @Test
    void defaultRulesFollowCheckpatchOrder() {
        assertEquals(List.of("CommitMessage", "BadSignOff", "EmailSubject", "CommitLogLongLine", "GitCommitId",
                "FilePathChanges", "CorruptedPatch", "TrailingWhitespace", "LongLine", "MissingEofNewline",
                "CodeIndent", "SpaceBeforeTab", "ParenthesisAlignment", "LineSpacing", "LeadingSpace", "ExportSymbol",
                "PointerLocation", "OpenBrace", "Spacing", "AvoidExterns", "FunctionArguments", "NotUnifiedDiff",
                "MissingSignOff",
                "NoAuthorSignOff", "FromSignOffMismatch"),
                PatchChecker.defaultRules(100).stream().map(r -> r.getClass().getSimpleName()).toList());
    }

    @Test
    void rejectsANonPositiveLineLength() {
        assertThrows(IllegalArgumentException.class, () -> new PatchChecker().maxLineLength(0));
    }
}

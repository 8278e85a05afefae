package respin.core.check.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import respin.core.check.PatchChecker;
import respin.core.check.Samples;
import respin.core.check.patch.PatchLine.Kind;
import respin.core.check.report.CheckReport;

class PatchTextTest {
    private final PatchText patch = Samples.load("series/0001-misc-change-several-files.patch");

    @Test
    void readsMailHeaders() {
        assertEquals("[PATCH 1/2] misc: change several files", patch.header("Subject"));
        assertEquals("Ann Dev <ann@example.com>", patch.header("from"));
        assertNull(patch.header("Cc"));
    }

    @Test
    void unfoldsAContinuedHeader() {
        PatchText p = PatchText.parse("p",
                "From: A <a@example.com>\nSubject: [PATCH] a long\n subject line\n\nBody.\n");
        assertEquals("[PATCH] a long subject line", p.header("Subject"));
        assertEquals(List.of("", "Body."), p.message().stream().map(PatchLine::text).toList());
    }

    @Test
    void placesEachPartOfTheMail() {
        String kinds = patch.lines().stream().limit(35)
                .map(l -> l.number() + ":" + l.kind())
                .collect(Collectors.joining(" "));
        assertEquals("1:HEADER 2:HEADER 3:HEADER 4:HEADER 5:MESSAGE 6:MESSAGE 7:MESSAGE 8:MESSAGE"
                + " 9:SEPARATOR 10:DIFFSTAT 11:DIFFSTAT 12:DIFFSTAT 13:DIFFSTAT 14:DIFFSTAT 15:DIFFSTAT 16:DIFFSTAT"
                + " 17:FILE_HEADER 18:FILE_HEADER 19:FILE_HEADER 20:FILE_HEADER 21:HUNK_HEADER 22:CONTEXT"
                + " 23:CONTEXT 24:CONTEXT 25:REMOVED 26:ADDED 27:ADDED 28:FILE_HEADER 29:FILE_HEADER"
                + " 30:FILE_HEADER 31:FILE_HEADER 32:HUNK_HEADER 33:CONTEXT 34:CONTEXT 35:CONTEXT", kinds);
        List<PatchLine> lines = patch.lines();
        assertEquals(List.of("-- ", "2.43.0", ""),
                lines.subList(lines.size() - 3, lines.size()).stream().map(PatchLine::text).toList());
        assertEquals(List.of(Kind.SIGNATURE, Kind.SIGNATURE, Kind.SIGNATURE),
                lines.subList(lines.size() - 3, lines.size()).stream().map(PatchLine::kind).toList());
    }

    @Test
    void knowsEachAddedLinesNewLineAndPatchLine() {
        String added = patch.added().stream()
                .map(l -> l.file() + ":" + l.newLine() + "@" + l.number())
                .collect(Collectors.joining(" "));
        assertEquals("Documentation/foo.rst:4@26 Documentation/foo.rst:5@27 drivers/misc/foo.c:4@38"
                + " drivers/misc/foo.c:13@47 drivers/misc/old.c:2@57 drivers/misc/old.c:3@58"
                + " scripts/hello.sh:3@68 scripts/hello.sh:4@69 tools/hi.py:3@77 tools/hi.py:4@78", added);
    }

    @Test
    void splitsFilesAndHunks() {
        List<FileDiff> files = patch.files();
        assertEquals(List.of("Documentation/foo.rst", "drivers/misc/foo.c", "drivers/misc/old.c",
                "scripts/hello.sh", "tools/hi.py"), files.stream().map(FileDiff::path).toList());
        FileDiff foo = files.get(1);
        assertEquals(28, foo.header().number());
        assertEquals(2, foo.hunks().size());
        Hunk second = foo.hunks().get(1);
        assertEquals(List.of(11, 5, 10, 5),
                List.of(second.oldStart(), second.oldCount(), second.newStart(), second.newCount()));
        assertEquals(42, second.header().number());
        assertEquals(List.of(43, 44, 45, 46, 47, 48), second.lines().stream().map(PatchLine::number).toList());
        assertEquals(List.of(47), second.added().stream().map(PatchLine::number).toList());
        Hunk old = files.get(2).hunks().get(0);
        assertEquals(List.of(Kind.CONTEXT, Kind.REMOVED, Kind.NO_NEWLINE, Kind.ADDED, Kind.ADDED, Kind.NO_NEWLINE),
                old.lines().stream().map(PatchLine::kind).toList());
    }

    @Test
    void countsLinesAsCheckpatchDoes() {
        assertEquals(35, patch.linesChecked());
        assertTrue(patch.isPatch());
        assertTrue(patch.hasCommitLog());
        assertEquals(1, patch.signOffs());
        assertFalse(patch.isCoverLetter());
    }

    @Test
    void coverLetterIsNoPatch() {
        PatchText cover = Samples.load("series/0000-cover-letter.patch");
        assertTrue(cover.isCoverLetter());
        assertFalse(cover.isPatch());
        assertTrue(cover.hasCommitLog());
        assertEquals(List.of(), cover.files());
        assertEquals(0, cover.linesChecked());
    }

    @Test
    void bareDiffHasNoHeadersOrMessage() {
        PatchText diff = Samples.load("plain-diff.patch");
        assertTrue(diff.isPatch());
        assertFalse(diff.hasCommitLog());
        assertNull(diff.header("Subject"));
        assertEquals(List.of(), diff.message());
        assertEquals(List.of("drivers/misc/foo.c"), diff.files().stream().map(FileDiff::path).toList());
    }

    @Test
    void keepsCarriageReturnsAndALastLineWithoutNewline() {
        PatchText p = PatchText.parse("p", "a\r\nb");
        assertEquals(List.of("a\r", "b"), p.lines().stream().map(PatchLine::text).toList());
        assertEquals(List.of(), PatchText.parse("p", "").lines());
        assertEquals(List.of(""), PatchText.parse("p", "\n").lines().stream().map(PatchLine::text).toList());
    }

    @Test
    void measuresColumnsInBytesWithTabsToEight() {
        assertEquals(8, patch.columns("\t"));
        assertEquals(9, patch.columns("ab\tc"));
        assertEquals(2, patch.columns("é"));
        assertEquals(3, patch.columns("€"));
        assertEquals(4, patch.columns("😀"));
    }

    @Test
    void readsBytesThatAreNotUtf8OneByOne() {
        byte[] bytes = "+caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        PatchText p = PatchText.parse("p", bytes);
        assertEquals("+caf\u00e9", p.lines().get(0).text());
        assertEquals(4, p.columns("caf\u00e9"));
    }

    @Test
    void namesADeletedFileAsCheckpatchDoes() {
        PatchText p = PatchText.parse("p", """
                diff --git a/drivers/gone.c b/drivers/gone.c
                deleted file mode 100644
                --- a/drivers/gone.c
                +++ /dev/null
                @@ -1 +0,0 @@
                -int gone;
                """);
        assertEquals(List.of("dev/null"), p.files().stream().map(FileDiff::path).toList());
        assertEquals(0, p.linesChecked()); // the hunk's one line is past its "+0,0" count
    }

    @Test
    void toleratesAnything() {
        PatchText p = PatchText.parse("p",
                "diff --git a/x.c b/x.c\n@@ -x @@\n+++\n@@ -1,99999999999999999999 +1,99999999999999999999 @@\n+a \n");
        assertEquals(5, p.lines().size());
        assertEquals(1, p.files().size());
        assertEquals(Integer.MAX_VALUE, p.files().get(0).hunks().get(0).newCount());
        assertEquals(1, p.linesChecked());
        assertEquals("p:5: ERROR: trailing whitespace\ntotal: 1 errors, 0 warnings, 1 lines checked\n",
                new CheckReport().terse(true).format(new PatchChecker().check(p)));

        PatchText message = PatchText.parse("p", "@@ -x @@\n@@ -1 +1 @@\n+a \n");
        assertFalse(message.isPatch(), "a hunk header in the commit message is text");
    }
}

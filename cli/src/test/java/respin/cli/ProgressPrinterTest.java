package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import respin.core.progress.RunProgress;

class ProgressPrinterTest {
    @Test
    void theLineSaysPhaseFilesSitesAndTime() {
        RunProgress run = RunProgress.silent();
        run.phase("scan");
        run.toScan(60000);
        run.scanned(1234);
        run.parsed(7);
        run.sites(3);
        assertTrue(ProgressPrinter.line(run).matches(
                "respin: scan, scanned 1234/60000, parsed 7, sites 3, [0-9]+\\.[0-9] s"), ProgressPrinter.line(run));
    }

    @Test
    void theLineCountsPatchesThroughEachPhaseOfASeries() {
        RunProgress run = RunProgress.silent();
        run.phase("commits");
        run.parsed(567);
        run.patches(146);
        run.patchDone();
        run.patchDone();
        assertTrue(ProgressPrinter.line(run).matches(
                "respin: commits, parsed 567, patches 2/146, [0-9]+\\.[0-9] s"), ProgressPrinter.line(run));
        run.phase("write");
        run.patches(147);
        assertTrue(ProgressPrinter.line(run).matches(
                "respin: write, parsed 567, patches 0/147, [0-9]+\\.[0-9] s"), ProgressPrinter.line(run));
    }

    @Test
    void offATerminalOnlyNotesArePrintedAndQuietSilencesThemToo() {
        StringWriter sw = new StringWriter();
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(sw, true), false, false);
        RunProgress run = new RunProgress(p);
        run.phase("scan");
        run.scanned(10);
        run.note("scan cache: discarded x: corrupt (checksum mismatch)");
        assertEquals("respin: scan cache: discarded x: corrupt (checksum mismatch)\n", sw.toString().replace("\r", ""));
        StringWriter quiet = new StringWriter();
        RunProgress q = new RunProgress(new ProgressPrinter(new PrintWriter(quiet, true), true, false));
        q.phase("scan");
        q.note("a note");
        assertEquals("", quiet.toString());
    }

    @Test
    void aRunShorterThanASecondShowsNoLineEvenOnATerminal() {
        StringWriter sw = new StringWriter();
        RunProgress run = new RunProgress(new ProgressPrinter(new PrintWriter(sw, true), false, true));
        run.phase("scan");
        run.scanned(10);
        assertEquals("", sw.toString());
    }
}

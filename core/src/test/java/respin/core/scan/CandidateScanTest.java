package respin.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.checkout.FixtureRepository;
import respin.core.checkout.SourceTree;
import respin.core.model.CTranslationUnit;
import respin.core.model.tree.CTreeDump;
import respin.core.parse.CSourceParser;
import respin.core.progress.RunProgress;

class CandidateScanTest {
    private static final PersonIdent WHO = new PersonIdent("t", "t@respin.invalid", java.time.Instant.EPOCH,
            java.time.ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** A patch's new text is parsed once; the next run takes its model from the cache, equal to a fresh parse. */
    @Test
    void aPatchedTextIsParsedOnceThenTakenFromTheModelCache() {
        FixtureRepository.create(tmp.resolve("repo.git").toFile(),
                Map.of("a.c", "int f(void);\n".getBytes(StandardCharsets.ISO_8859_1)), WHO, "tree");
        String patched = "int f(struct file *filp);\nint g(void) { return f(0); }\n";
        ScanCache cache = new ScanCache(tmp.resolve("cache"));
        String[] accounts = new String[2];
        CTranslationUnit[] units = new CTranslationUnit[2];
        for (int run = 0; run < 2; run++) {
            try (SourceTree t = SourceTree.open(tmp.resolve("repo.git").toFile(), "HEAD")) {
                CandidateScan scan = new CandidateScan(t, CSourceParser.units(), cache, RunProgress.silent());
                units[run] = scan.text("a.c", patched);
                accounts[run] = scan.cacheAccount();
            }
        }
        assertTrue(accounts[0].endsWith("model cache: 0 models from the cache, 1 written, 0 discarded; "
                + "1 patched files parsed"), accounts[0]);
        assertTrue(accounts[1].endsWith("model cache: 1 models from the cache, 0 written, 0 discarded"), accounts[1]);
        CTranslationUnit fresh = CSourceParser.parse("a.c", patched);
        for (CTranslationUnit u : units) {
            assertEquals(model(fresh), model(u));
            assertEquals(CTreeDump.of(fresh.syntax(), fresh.lines()), CTreeDump.of(u.syntax(), u.lines()));
        }
    }

    /** The declaration model (a line map has no equality of its own). */
    private static java.util.List<Object> model(CTranslationUnit u) {
        return java.util.List.of(u.text(), u.functions(), u.records(), u.variables(), u.calls(), u.accesses(),
                u.directives(), u.opaque(), u.typedefs());
    }
}

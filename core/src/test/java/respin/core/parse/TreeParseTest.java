package respin.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.checkout.SourceTree;
import respin.core.checkout.TestRepos;

/** respin parse's counts over the C files of a revision, or of some of its folders. */
class TreeParseTest {
    @TempDir
    Path tmp;

    private File repository() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("drivers/foo/foo.c", """
                struct foo { int a; };
                static int foo_get(struct foo *f);
                int foo_init(struct foo *f)
                {
                \treturn foo_get(f);
                }
                """);
        files.put("include/linux/foo.h", "int foo_init(struct foo *f);\n");
        files.put("README", "not C\n");
        return TestRepos.of(tmp, files);
    }

    @Test
    void countsListsAndRoundTripsEveryCFile() {
        try (SourceTree t = SourceTree.open(repository(), "HEAD")) {
            ParseTotals all = new TreeParse(t).roundtrip(true)
                    .listing(EnumSet.of(FileStats.Listing.functions, FileStats.Listing.structs)).call();
            assertEquals(List.of("drivers/foo/foo.c", "include/linux/foo.h"),
                    all.perFile().stream().map(FileStats::path).toList());
            assertEquals(List.of("1 struct foo\tstructs", "3 foo_init\tfunctions"), all.perFile().get(0).listed().stream()
                    .sorted().toList());
            assertEquals(List.of(2L, 1L, 2L, 1L), List.of(all.files(), all.functions(), all.prototypes(), all.structs()));
            assertEquals(List.of(), all.failures());

            ParseTotals some = new TreeParse(t).paths(List.of("include/")).call();
            assertEquals(List.of(1L, 0L, 1L), List.of(some.files(), some.functions(), some.prototypes()));
            assertEquals(List.of(), some.perFile().get(0).listed());
        }
    }
}

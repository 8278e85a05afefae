package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesStateStore;
import respin.core.series.state.SeriesVersion;

/** What {@code respin series} leaves behind when it fails: one line, its exit code, and nothing else. */
class SeriesCommandTest {
    @TempDir
    Path tmp;

    File repo;
    Map<String, String> refsBefore;

    @BeforeEach
    void repository() throws Exception {
        repo = Fixtures.repository("mini-linux", tmp);
        refsBefore = Refs.of(repo);
    }

    private Cli series(String... more) {
        List<String> args = new ArrayList<>(Arrays.asList(SeriesGoldenTest.FIXED));
        args.addAll(Arrays.asList(more));
        return bare(args.toArray(String[]::new));
    }

    /** Without the fixed date and sign-off. */
    private Cli bare(String... more) {
        List<String> args = new ArrayList<>(List.of("series", "--recipe", "kvm-file", "--repo", repo.toString()));
        args.addAll(Arrays.asList(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private void assertNothingLeft(Path... outputs) throws Exception {
        assertEquals(refsBefore, Refs.of(repo));
        for (Path o : outputs) {
            assertFalse(Files.exists(o), o + " was left");
        }
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("mini-linux.git"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anOutputFolderThatCannotBeMadeLeavesNoBranch() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        Path out = file.resolve("out");
        Cli r = series("-o", out.toString());
        assertEquals("respin: cannot write to the output folder " + out + ": " + file + " is a file\n", r.err());
        assertEquals(3, r.exit());
        Files.delete(file);
        assertNothingLeft(out);
    }

    @Test
    void anOutputThatIsAFileSaysSo() throws Exception {
        Path file = Files.writeString(tmp.resolve("out.patch"), "x");
        Cli r = series("-o", file.toString());
        assertEquals("respin: output " + file + " is a file, not a folder\n", r.err());
        assertEquals(3, r.exit());
        Files.delete(file);
        assertNothingLeft();
    }

    @Test
    void branchesGitRefusesAreUsageErrors() throws Exception {
        for (String[] c : new String[][] {{"HEAD", "HEAD names the current commit, not a branch"},
                {"a..b", "it contains '..'"}, {"-x", "it starts with '-'"}}) {
            Cli r = series("-o", tmp.resolve("out").toString(), "--branch", c[0]);
            assertEquals("respin: '" + c[0] + "' is not a valid branch name: " + c[1]
                    + "\n", r.err());
            assertEquals(2, r.exit());
        }
        assertNothingLeft(tmp.resolve("out"));
    }

    @Test
    void unreadableOptionValuesAreUsageErrors() throws Exception {
        Path out = tmp.resolve("out");
        Cli r = series("-o", out.toString(), "-v", "0");
        assertEquals("respin: -v/--reroll-count must be 1 or more, not 0\n", r.err());
        assertEquals(2, r.exit());
        r = bare("-o", out.toString(), "--date", "yesterday");
        assertEquals("respin: cannot read date 'yesterday': use 2024-11-17T12:00:00+01:00 or epoch seconds"
                + "\n", r.err());
        assertEquals(2, r.exit());
        r = bare("-o", out.toString(), "--signoff", "nobody", "--date", "2024-11-18T10:00:00Z");
        assertEquals("respin: --signoff wants 'Name <email>', not 'nobody'\n", r.err());
        assertEquals(2, r.exit());
        assertNothingLeft(out);
    }

    /** Made again on another branch, v1 is replaced in the state (it was, without a word), and the run says so. */
    @Test
    void theSameVersionOnAnotherBranchSaysItReplacesTheRecordedOne() throws Exception {
        assertEquals(0, series("-o", tmp.resolve("v1").toString()).exit());
        assertEquals(0, series("-o", tmp.resolve("v2").toString(), "-v", "2").exit());
        Cli r = series("-o", tmp.resolve("again").toString(), "--branch", "other");
        assertEquals("respin: series kvm-file v1 was recorded with branch respin/kvm-file-v1; it is now this run's"
                + " (branch other)\n", r.err());
        assertEquals(0, r.exit());
        try (Repository g = new FileRepositoryBuilder().setGitDir(repo).build()) {
            SeriesState s = new SeriesStateStore(g).read("kvm-file").orElseThrow();
            assertEquals(List.of("other", "respin/kvm-file-v2"), s.versions().stream().map(SeriesVersion::branch).toList());
        }
    }

    @Test
    void anExistingBranchLeavesNoFilesAndNoState() throws Exception {
        Cli first = series("-o", tmp.resolve("v1").toString(), "--series", "one");
        assertEquals(0, first.exit(), first.err());
        refsBefore = Refs.of(repo);
        Path out = tmp.resolve("v1-again");
        Cli r = series("-o", out.toString(), "--series", "two");
        assertEquals("respin: branch 'respin/kvm-file-v1' already exists; choose another name or delete it first\n",
                r.err());
        assertEquals(3, r.exit());
        assertEquals(refsBefore, Refs.of(repo));
        assertFalse(Files.exists(out));
    }

    /** Two runs at once on one repository: both versions are in the state's tip. */
    @Test
    void twoRunsAtOnceLoseNoVersion() throws Exception {
        CompletableFuture<Cli> one = CompletableFuture.supplyAsync(() -> series("-o", tmp.resolve("v1").toString()));
        CompletableFuture<Cli> two = CompletableFuture.supplyAsync(() -> series("-o", tmp.resolve("v2").toString(),
                "-v", "2"));
        assertEquals(0, one.get().exit(), one.get().err());
        assertEquals(0, two.get().exit(), two.get().err());
        try (Repository r = new FileRepositoryBuilder().setGitDir(repo).build()) {
            SeriesState s = new SeriesStateStore(r).read("kvm-file").orElseThrow();
            assertEquals(List.of(1, 2), s.versions().stream().map(SeriesVersion::number).toList());
            assertTrue(r.exactRef("refs/heads/respin/kvm-file-v1") != null);
            assertTrue(r.exactRef("refs/heads/respin/kvm-file-v2") != null);
        }
    }
}

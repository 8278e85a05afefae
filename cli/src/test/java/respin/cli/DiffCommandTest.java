package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code respin diff} previews the series: byte for byte what {@code git diff BASE
 * respin/kvm-file-v1} prints once {@code respin series} has made the branch, plain and in colour.
 */
class DiffCommandTest {
    @TempDir
    Path tmp;

    private String seriesThenGitDiff(File repo, String... gitDiffOptions) throws Exception {
        Cli s = Cli.run("series", "--recipe", "kvm-file", "--repo", repo.toString(), "-o",
                tmp.resolve("out").toString());
        assertEquals(0, s.exit(), s.err());
        List<String> args = new java.util.ArrayList<>(List.of("diff"));
        args.addAll(List.of(gitDiffOptions));
        args.addAll(List.of("HEAD", "respin/kvm-file-v1"));
        return Git.run(repo, args.toArray(String[]::new));
    }

    @Test
    void equalsGitDiffOfTheSeriesBranch() throws Exception {
        assumeTrue(Git.available());
        File repo = Fixtures.repository("mini-linux", tmp);
        Cli d = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString());
        assertEquals(0, d.exit(), d.err());
        assertEquals("", Git.run(repo, "for-each-ref", "refs/heads/respin", "refs/respin"), "diff wrote a ref");
        assertEquals(seriesThenGitDiff(repo), d.out());
        assertTrue(d.out().startsWith("diff --git a/arch/x86/include/asm/kvm_page_track.h "), d.out());
        assertTrue(d.out().contains("\n@@ -41,13 +41,13 @@ struct kvm_page_track_notifier_node {\n"), d.out());
    }

    @Test
    void writesNoObject() throws Exception {
        File repo = Fixtures.repository("mini-linux", tmp);
        long before = objectFiles(repo);
        assertEquals(0, Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString()).exit());
        assertEquals(before, objectFiles(repo));
    }

    private static long objectFiles(File repo) throws Exception {
        try (var s = Files.walk(repo.toPath().resolve("objects"))) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void colourAlwaysEqualsGitDiffColor() throws Exception {
        assumeTrue(Git.available());
        File repo = Fixtures.repository("mini-linux", tmp);
        Cli d = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString(), "--color=always");
        assertEquals(0, d.exit(), d.err());
        assertEquals(seriesThenGitDiff(repo, "--color=always"), d.out());
        assertTrue(d.out().startsWith("\033[1mdiff --git a/arch/x86/include/asm/kvm_page_track.h"), d.out());
        assertTrue(d.out().contains("\n\033[36m@@ -41,13 +41,13 @@\033[m \033[mstruct kvm_page_track_notifier_node {"
                + "\033[m\n"), d.out());
    }

    @Test
    void colourOptionForms() throws Exception {
        File repo = Fixtures.repository("mini-linux", tmp);
        String always = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString(), "--color").out();
        assertTrue(always.contains("\033[32m+\033[m"), always);
        String never = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString(), "--color=never").out();
        assertFalse(never.contains("\033["), never);
        String auto = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString()).out();
        assertEquals(never, auto, "not a terminal: no colour");
        Cli bad = Cli.run("diff", "--recipe", "kvm-file", "--repo", repo.toString(), "--color=sometimes");
        assertEquals(2, bad.exit());
    }

    @Test
    void autoColoursOnlyOnATerminalWithoutNoColor() {
        assertTrue(ColorWhen.auto.on(true, Map.of()));
        assertTrue(ColorWhen.auto.on(true, Map.of("NO_COLOR", "")));
        assertFalse(ColorWhen.auto.on(true, Map.of("NO_COLOR", "1")));
        assertFalse(ColorWhen.auto.on(false, Map.of()));
        assertTrue(ColorWhen.always.on(false, Map.of("NO_COLOR", "1")));
        assertFalse(ColorWhen.never.on(true, Map.of()));
    }

    @Test
    void pagerAsGitChoosesIt() {
        assertEquals("less", Pager.command(Map.of()));
        assertEquals("more", Pager.command(Map.of("PAGER", "more")));
        assertEquals("most", Pager.command(Map.of("GIT_PAGER", "most", "PAGER", "more")));
        assertEquals(null, Pager.command(Map.of("GIT_PAGER", "cat", "PAGER", "more")));
        assertEquals(null, Pager.command(Map.of("GIT_PAGER", "")));
    }

    /** Runs respin in a new JVM, its stdout a pipe or, under script(1), a pseudo-terminal. */
    private byte[] respin(boolean terminal, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "respin.cli.Main"));
        cmd.addAll(List.of(args));
        if (terminal) {
            String line = String.join(" ", cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
            // stderr off the terminal: a run over a second (a loaded machine) shows its status line there
            cmd = List.of("script", "-q", "-e", "-c", line + " 2>/dev/null", "/dev/null");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.equals("NO_COLOR") || k.endsWith("PAGER") || k.equals("LESS"));
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), new String(out));
        return out;
    }

    @Test
    void colouredAndPagedOnATerminalPlainOnAPipe() throws Exception {
        assumeTrue(Git.available() && new File("/usr/bin/script").canExecute());
        File repo = Fixtures.repository("mini-linux", tmp);
        Map<String, String> env = Map.of("GIT_PAGER", "echo \"LESS=$LESS\"; sed 's/^/paged: /'", "PAGER", "false");
        String[] diff = {"diff", "--recipe", "kvm-file", "--repo", repo.toString()};
        byte[] onTerminal = respin(true, env, diff);
        byte[] onPipe = respin(false, env, diff);
        byte[] noColor = respin(true, Map.of("NO_COLOR", "1", "GIT_PAGER", "cat"), diff);
        String coloured = seriesThenGitDiff(repo, "--color=always");
        String plain = Git.run(repo, "diff", "HEAD", "respin/kvm-file-v1");
        String paged = "LESS=FRX\n" + coloured.replaceAll("(?m)^(?=.)", "paged: ");
        assertEquals(paged.replace("\n", "\r\n"), new String(onTerminal, StandardCharsets.UTF_8));
        assertEquals(plain, new String(onPipe, StandardCharsets.UTF_8));
        assertEquals(plain.replace("\n", "\r\n"), new String(noColor, StandardCharsets.UTF_8));
    }
}

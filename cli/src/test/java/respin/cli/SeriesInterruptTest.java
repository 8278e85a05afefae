package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code respin series} as a process, stopped with SIGINT, SIGTERM or SIGKILL at 21 points of its
 * run (named pause points, RESPIN_PAUSE_AT, and delays): it leaves nothing (SIGKILL: at most
 * objects without a ref, a staging folder, and between the rename of the output folder and the
 * ref update the folder with its journal, which the next run or {@code status} removes) or the
 * whole result, and the run again gives the same files. {@code scripts/interrupt.sh} runs every
 * point with every signal.
 */
class SeriesInterruptTest {
    static final List<String> POINTS = List.of("started", "scanned", "indexed", "prefixed", "planned", "built",
            "formatted", "staging-0", "staging-1", "staging-2", "state-written", "before-rename", "renamed",
            "published", "committed", "checked", "after:400", "after:900", "after:1400", "after:1900", "after:2400");
    static final String[] SIGNALS = {"INT", "TERM", "KILL"};

    @TempDir
    static Path tmp;
    static Map<String, String> reference;

    @BeforeAll
    static void referenceRun() throws Exception {
        File repo = Fixtures.repository("mini-linux", tmp.resolve("reference"));
        Path out = tmp.resolve("reference/out");
        Cli r = Cli.run(args(repo, out));
        assertEquals(0, r.exit(), r.err());
        reference = files(out);
    }

    static String[] args(File repo, Path out) {
        List<String> a = new ArrayList<>(List.of("series", "--recipe", "kvm-file", "--repo", repo.toString(),
                "-o", out.toString()));
        a.addAll(List.of(SeriesGoldenTest.FIXED));
        return a.toArray(String[]::new);
    }

    /** Every point once, the signals in turn (all three with -Drespin.interrupt.all); SIGKILL inside the window too. */
    static Stream<String> cases() {
        String all = System.getProperty("respin.interrupt.all");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < POINTS.size(); i++) {
            for (String s : all != null ? SIGNALS : new String[] {SIGNALS[i % 3]}) {
                out.add(s + "@" + POINTS.get(i));
            }
        }
        if (all == null) {
            out.add("KILL@renamed");
        }
        return out.stream().distinct();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void leavesNothingOrTheWholeResult(String c) throws Exception {
        String signal = c.substring(0, c.indexOf('@'));
        String point = c.substring(c.indexOf('@') + 1);
        Path where = Files.createDirectories(tmp.resolve(c.replace(':', '-').replace('@', '-')));
        File repo = Fixtures.repository("mini-linux", where);
        Map<String, String> before = Refs.of(repo);
        Path out = where.resolve("patches/out");
        ProcessBuilder pb = Launched.builder(point.startsWith("after:") ? Map.of() : Map.of("RESPIN_PAUSE_AT", point),
                args(repo, out));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> err = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            if (point.startsWith("after:")) {
                Thread.sleep(Long.parseLong(point.substring(6)));
            } else {
                String line = r.readLine();
                assertEquals("respin: paused at " + point, line);
            }
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not stop");
            for (String l; (l = r.readLine()) != null;) {
                err.add(l);
            }
        }
        Map<String, String> after = Refs.of(repo);
        boolean complete = after.containsKey("refs/heads/respin/kvm-file-v1");
        if (p.exitValue() == 0) {
            assertTrue(complete, "exit 0 without a branch");
        }
        if (complete) {
            assertEquals(reference, files(out), c);
            assertTrue(after.containsKey("refs/respin/series/kvm-file"), c + ": branch without state");
            assertEquals(List.of(), err.stream().filter(l -> !l.startsWith("respin: paused")).toList());
        } else {
            assertEquals(before, after, c);
            if (signal.equals("KILL")) {
                boolean left = Files.exists(out);
                assertTrue(!left || point.equals("renamed"), c + ": " + out + " was left");
                Cli status = Cli.run("status", "--repo", repo.toString());
                assertEquals((left ? "respin: removed " + out + ", left by a run killed before it wrote"
                        + " respin/kvm-file-v1 and its series state\n" : "") + "respin: no series recorded in " + repo
                        + " (respin series records one)\n", status.err());
            }
            assertTrue(!Files.exists(out), c + ": " + out + " was left");
            assertEquals(List.of(), list(repo.toPath().resolve("respin")).stream()
                    .filter(n -> n.startsWith("transaction-")).toList(), c + ": a journal was left");
            List<String> left = list(where.resolve("patches"));
            if (signal.equals("KILL")) {
                assertTrue(left.stream().allMatch(n -> n.startsWith(".respin-staging-out-")), c + ": " + left);
            } else {
                assertEquals(List.of(), left, c);
                assertTrue(err.isEmpty()
                        || err.equals(List.of("respin: interrupted; removed what this run had written (files, branch, state)")),
                        c + ": " + err);
            }
            Cli again = Cli.run(args(repo, out));
            assertEquals(0, again.exit(), again.err());
            assertEquals(reference, files(out), c);
            assertEquals(List.of("out"), list(where.resolve("patches")), c);
        }
    }

    static List<String> list(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }

    static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        for (String n : list(dir)) {
            m.put(n, Files.readString(dir.resolve(n), StandardCharsets.ISO_8859_1));
        }
        return m;
    }
}

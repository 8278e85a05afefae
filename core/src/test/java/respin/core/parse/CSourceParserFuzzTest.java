package respin.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import respin.core.model.CTranslationUnit;

/**
 * Mutants of the kernel-fixtures files and hand-made extremes, each parsed: no exception, a time
 * bound per file, and the exact round trip. {@code scripts/fuzz.sh} runs the same on Linux files
 * (-Drespin.fuzz.tree=DIR -Drespin.fuzz.count=N).
 */
class CSourceParserFuzzTest {
    static final long SEED = Long.getLong("respin.fuzz.seed", 20261206L);
    static final int COUNT = Integer.getInteger("respin.fuzz.count", 3000);
    static final long MILLIS_PER_FILE = 10_000;
    static final int PROGRESS = 5_000;

    @Test
    void mutantsParseAndRoundTrip() throws Exception {
        String tree = System.getProperty("respin.fuzz.tree");
        Map<String, String> sources = sources(tree != null ? Path.of(tree)
                : Path.of(System.getProperty("respin.root", "..")).resolve("kernel-fixtures"));
        assertTrue(sources.size() > 10, "too few source files: " + sources.size());
        List<String> paths = List.copyOf(sources.keySet());
        Random random = new Random(SEED);
        List<String> problems = new ArrayList<>();
        long slowest = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < COUNT; i++) {
            long seed = random.nextLong();
            Random r = new Random(seed);
            String path = paths.get(r.nextInt(paths.size()));
            String text = Mutants.mutate(sources.get(path), r);
            try {
                slowest = Math.max(slowest, check("mutant " + seed + " of " + path, text));
            } catch (AssertionError e) {
                problems.add(e.getMessage());
            }
            if ((i + 1) % PROGRESS == 0 && i + 1 < COUNT) {
                // a long run stopped before its end still says how far it got
                System.out.printf("fuzz: after %d mutants: %d problems, slowest %d ms, %.1f s%n", i + 1,
                        problems.size(), slowest, (System.nanoTime() - t0) / 1e9);
                System.out.flush();
            }
        }
        System.out.printf("fuzz: %d mutants of %d files (seed %d): %d problems, slowest %d ms, %.1f s%n", COUNT,
                sources.size(), SEED, problems.size(), slowest, (System.nanoTime() - t0) / 1e9);
        problems.forEach(p -> System.out.println("fuzz: " + p));
        assertEquals(List.of(), problems);
    }

    @Test
    void extremesParseAndRoundTrip() {
        check("400 nested braceless ifs", "int f(void)\n{\n" + "\tif (a)\n".repeat(400) + "\t\treturn 1;\n}\n");
        check("5,000 nested braces", "int f(void)\n{\n" + "{".repeat(5000) + "}".repeat(5000) + "\n}\n");
        check("300 nested structs (5,000 take 25 s: the parser rewrite's)", "struct s0 {\n" + "struct {\n".repeat(300) + "int x;\n"
                + "};\n".repeat(300) + "};\n");
        check("10,000 unbalanced open parens", "int x = " + "(".repeat(10_000) + "1;\n");
        check("20,000 stars", "int x = a " + "*".repeat(20_000) + " b;\n");
        check("a 1 MB line", "int x = " + "1 + ".repeat(250_000) + "1;\n");
        check("NUL bytes", "int a;\0\0\0 struct \0 s { int \0 x; };\n\0");
        check("only NULs", "\0".repeat(4096));
        check("CR only", "int a;\rint b;\r");
        check("unterminated comment and string", "int a; /* no end\n\"no end\n'x");
        check("empty", "");
        check("bytes 0x80-0xff", new String(bytes128to255(), StandardCharsets.ISO_8859_1));
    }

    /** Parses {@code text}; fails on an exception, a round trip that differs, or a parse over the time bound. */
    static long check(String what, String text) {
        long t0 = System.nanoTime();
        CTranslationUnit u;
        try {
            u = CSourceParser.parse("fuzz.c", text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + ": crash: " + e, e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms >= MILLIS_PER_FILE) {
            throw new AssertionError(what + ": hang: " + ms + " ms");
        }
        if (!text.equals(u.text()) || !text.equals(CSourceParser.print(text))) {
            throw new AssertionError(what + ": the round trip differs");
        }
        return ms;
    }

    static Map<String, String> sources(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        int every = Integer.getInteger("respin.fuzz.every", 1);
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h"))
                    .filter(p -> !p.toString().contains("/.git/")).filter(Files::isRegularFile).sorted().toList();
            for (int i = 0; i < all.size(); i += every) {
                Path p = all.get(i);
                if (Files.size(p) < 2_000_000) {
                    out.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    private static byte[] bytes128to255() {
        byte[] b = new byte[128];
        for (int i = 0; i < 128; i++) {
            b[i] = (byte) (128 + i);
        }
        return b;
    }
}

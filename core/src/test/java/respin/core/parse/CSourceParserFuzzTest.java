package respin.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    @Test
    void mutantsParseAndRoundTrip() throws Exception {
        String tree = System.getProperty("respin.fuzz.tree");
        List<String> sources = sources(tree != null ? Path.of(tree)
                : Path.of(System.getProperty("respin.root", "..")).resolve("kernel-fixtures"));
        assertTrue(sources.size() > 10, "too few source files: " + sources.size());
        Random random = new Random(SEED);
        long slowest = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < COUNT; i++) {
            long seed = random.nextLong();
            String text = Mutants.mutate(sources.get(new Random(seed).nextInt(sources.size())), new Random(seed));
            slowest = Math.max(slowest, check("mutant seed " + seed, text));
        }
        System.out.printf("fuzz: %d mutants of %d files (seed %d), 0 crashes, 0 round-trip differences, "
                + "slowest %d ms, %.1f s%n", COUNT, sources.size(), SEED, slowest, (System.nanoTime() - t0) / 1e9);
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
            throw new AssertionError(what + ": " + e, e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < MILLIS_PER_FILE, what + ": " + ms + " ms");
        assertEquals(text, u.text(), what);
        assertTrue(text.equals(CSourceParser.print(text)), what + ": the tokens do not give the text back");
        return ms;
    }

    static List<String> sources(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h"))
                    .filter(Files::isRegularFile).sorted().toList()) {
                if (Files.size(p) < 2_000_000) {
                    out.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
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

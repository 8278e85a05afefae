package respin.core.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckReport;
import respin.core.check.report.CheckResult;
import respin.core.check.report.Rule;

/** The sample patches under {@code src/test/resources/check}, named by their path there. */
public final class Samples {
    static final Path DIR = dir();

    private Samples() {}

    private static Path dir() {
        try {
            return Path.of(Samples.class.getResource("/check").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sample parsed under its relative name, as checkpatch run in {@link #DIR} names it. */
    public static PatchText load(String name) {
        Path file = DIR.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("No " + file + " test vector");
        }
        try {
            return PatchText.parse(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sample, by relative name with {@code /}, sorted. */
    static List<String> all() {
        try (Stream<Path> files = Files.walk(DIR)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> DIR.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default report of one checkpatch run over these samples, with all rules. */
    public static String report(String... names) {
        return new CheckReport().format(check(new PatchChecker(), names));
    }

    /** The terse report, with types, of one run over these samples. */
    static String terse(String... names) {
        return new CheckReport().terse(true).showTypes(true).format(check(new PatchChecker(), names));
    }

    /** The default report of one sample checked by {@code rule} alone. */
    public static String report(Rule rule, String name) {
        return report(rule, name, false);
    }

    /** The default report of one sample checked by {@code rule} alone, {@code strict} as {@code --strict}. */
    public static String report(Rule rule, String name, boolean strict) {
        return new CheckReport().format(new PatchChecker().strict(strict).rules(List.of(rule)).check(load(name)));
    }

    /**
     * The terse findings, with types and without the total, of {@code rule} alone on patch text
     * named {@code name}; {@code strict} as {@code --strict}.
     */
    static String findings(Rule rule, String name, String text, boolean strict) {
        CheckResult r = new PatchChecker().strict(strict).rules(List.of(rule)).check(PatchText.parse(name, text));
        String terse = new CheckReport().terse(true).showTypes(true).format(r);
        return terse.replaceAll("(?m)^total: .*\n", "");
    }

    /** {@link #findings(Rule, String, String, boolean)}, not strict. */
    static String findings(Rule rule, String name, String text) {
        return findings(rule, name, text, false);
    }

    public static List<CheckResult> check(PatchChecker checker, String... names) {
        return checker.checkAll(Arrays.stream(names).map(Samples::load).toList());
    }
}

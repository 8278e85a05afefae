package respin.core.model.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextWordsTest {
    /** A word as the class defines it, found by a regular expression: the reference it is held to. */
    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_$])[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9_$]+");

    private static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void wholeWordsOnlyInCodeCommentsAndStrings() {
        String text = "/* kvm_put_kvm() */\nstatic int f(struct kvm *kvm) { return g(\"$x\", 0x1f, 1UL, kvm2); }";
        TextWords w = new TextWords(text);
        for (String yes : List.of("kvm_put_kvm", "kvm", "struct", "f", "g", "$x", "kvm2", "return")) {
            assertTrue(w.contains(yes), yes);
        }
        for (String no : List.of("put", "kvm_put", "x", "1f", "0x1f", "UL", "1UL", "", "f::d", "struct kvm", "kv",
                "kvm_", "vm", "\u0100kvm")) {
            assertFalse(w.contains(no), no);
        }
    }

    @Test
    void offsetsOfEveryWholeWordOccurrence() {
        String text = "kvm kvm_put(kvm); xkvm kvm\n/* kvm */ kvm2 kvm";
        TextWords w = new TextWords(text);
        assertArrayEquals(new int[] {0, 12, 23, 30, 42}, w.occurrences("kvm"));
        assertArrayEquals(new int[0], w.occurrences("put"));
        assertArrayEquals(new int[] {37}, w.occurrences("kvm2"));
    }

    @Test
    void emptyTextAndATextThatIsOneWord() {
        assertFalse(new TextWords("").contains("a"));
        assertTrue(new TextWords("abc").contains("abc"));
        assertFalse(new TextWords("abc").contains("ab"));
        assertFalse(new TextWords("ab").contains("abc"));
    }

    /** Thousands of words, so the table grows several times; every word found, every near miss refused. */
    @Test
    void agreesWithTheReferenceOnEveryFixtureFile() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("../kernel-fixtures"))) {
            files = all.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h")).sorted().toList();
        }
        StringBuilder every = new StringBuilder();
        int checked = 0;
        for (Path p : files) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            every.append(text).append('\n');
            checked += agree(text);
        }
        checked += agree(every.toString());
        assertTrue(files.size() > 10 && checked > 10_000, files.size() + " files, " + checked + " checks");
    }

    /** Checks every word and every run of word characters of {@code text}, and the runs' pieces; returns how many. */
    private static int agree(String text) {
        TextWords w = new TextWords(text);
        Set<String> words = words(text);
        List<String> asked = new ArrayList<>(words);
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            asked.add(run);
            asked.add(run.substring(1));
            asked.add(run.substring(0, run.length() - 1));
        }
        for (String a : asked) {
            assertEquals(words.contains(a), w.contains(a), a);
        }
        return asked.size();
    }
}

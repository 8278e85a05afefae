package respin.core.parse.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import respin.core.parse.RealTree;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.Test;
import respin.core.checkout.SourceTree;

/** The hand scanner gives exactly the tokens of the ANTLR lexer (CLexer.g4), its specification. */
class CScannerTest {

    /** "TYPE channel start end" per token, as the ANTLR lexer reads the text. */
    static List<String> antlr(String text) {
        CLexer lexer = new CLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            out.add(CLexer.VOCABULARY.getSymbolicName(t.getType()) + " " + t.getChannel() + " " + t.getStartIndex()
                    + " " + (t.getStopIndex() + 1));
        }
        return out;
    }

    static List<String> scanner(String text) {
        return list(CScanner.scan(text));
    }

    /** The tokens {@link CScanner#code} keeps: all but the hidden ones. */
    private static List<String> code(String text) {
        return list(CScanner.code(text, text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static List<String> list(CScanner s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size; i++) {
            out.add(CLexer.VOCABULARY.getSymbolicName(s.type[i]) + " " + s.channel[i] + " " + s.start[i] + " "
                    + s.end[i]);
        }
        return out;
    }

    private static void same(String text) {
        assertEquals(String.join("\n", antlr(text)), String.join("\n", scanner(text)), text);
        assertEquals(lineStarts(text), Arrays.toString(CScanner.scan(text).lineStarts()), text);
        CScanner all = CScanner.scan(text);
        ConditionalBranches.hideUnbalancedBranches(all);
        assertEquals(Arrays.stream(all.channel, 0, all.size).filter(c -> c == 0).count(), all.visible, text);
        List<String> notHidden = antlr(text).stream().filter(t -> !t.split(" ")[1].equals(String.valueOf(Token.HIDDEN_CHANNEL))).toList();
        assertEquals(String.join("\n", notHidden), String.join("\n", code(text)), text);
        CScanner code = CScanner.code(text, text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(lineStarts(text), Arrays.toString(code.lineStarts()), text);
        ConditionalBranches.hideUnbalancedBranches(code);
        assertEquals(all.visible, code.visible, text);
        Toks fromAll = new Toks(all);
        Toks fromCode = new Toks(code);
        assertEquals(Arrays.toString(fromAll.type), Arrays.toString(fromCode.type), text);
        assertEquals(Arrays.toString(fromAll.start), Arrays.toString(fromCode.start), text);
        assertEquals(Arrays.toString(fromAll.end), Arrays.toString(fromCode.end), text);
        assertEquals(Arrays.toString(fromAll.match), Arrays.toString(fromCode.match), text);
    }

    /** 0 and one past every '\n', found without the scanner. */
    private static String lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.toString();
    }

    @Test
    void everyRuleOnItsOwn() {
        same("int main(void) { return a->b.c[1] ... x; }\n");
        same("a += b <<= c >>= d != e == f && g || h ++ -- ~ ! ^ ^= | |= % %= & &= * *= / /= < <= > >= - -= -> ?: ,");
        same("0x1fUL 1e+5 1.5e-3f .5 0x1p-3 1'000'000 08 1.. ..5 ...5 1_a$b");
        same("\"str\\\"ing\" L\"w\" u8\"x\" u\"y\" U\"z\" 'a' '\\'' L'b' u8'c' '' ''' \"open\nLfoo\"bar\"");
        same("\"a\\\nb\" \"c\\\r\nd\" 'x\\\ny' \"\\\\\" '\\\\' \"\r\"");
        same("/* c */ /**/ /*/ x */ // line \\\n still\n// \\\r\nx // \\ \r y\n/* open * never");
        same("/* open never");
        same("a \\\n b \\ c \\\r\n d \\\r e \f\u000B");
        same("#define A(x) \\\n\tdo { x; } while (0) /* a\nb */ more\n#if X // c \\\nstill\n#endif");
        same("#define S \"/*\" x\n#define T \"a\\\"b\" // \\\r\n# \\\n#\n##x\n#a \\");
        same("#x // \\");
        same("#ifdef A\nif (x) {\n#else\nif (y) {\n#endif\n}\n");
        same("#x \\\r");
        same("x @ ` \u00e9 \u00ff \u0000 $a struct structs union enum typedef if else for while do switch return "
                + "goto break continue case default defaults");
    }

    /** A scan made in the arrays a bigger one gave back, full of that one's tokens, reads as a fresh one. */
    @Test
    void recycledArrays() {
        String big = "#if A\nint x = (a[1] + b) * c; /* c\n */\n#else\n{ {\n#endif\n".repeat(40);
        String small = "#ifdef A\nif (x) {\n#else\nif (y) {\n#endif\n} f(a[2]); // d\n";
        byte[] smallBytes = small.getBytes(StandardCharsets.ISO_8859_1);
        CScanner fresh = CScanner.code(small, smallBytes);
        List<String> expected = list(fresh);
        ConditionalBranches.hideUnbalancedBranches(fresh);
        Toks expectedToks = new Toks(fresh);
        CScanner first = CScanner.code(big, big.getBytes(StandardCharsets.ISO_8859_1));
        ConditionalBranches.hideUnbalancedBranches(first);
        first.recycle();
        CScanner again = CScanner.code(small, smallBytes);
        assertSame(first.type, again.type);
        assertEquals(expected, list(again));
        assertEquals(lineStarts(small), Arrays.toString(again.lineStarts()));
        ConditionalBranches.hideUnbalancedBranches(again);
        assertEquals(fresh.visible, again.visible);
        Toks toks = new Toks(again);
        assertEquals(Arrays.toString(expectedToks.type), Arrays.toString(toks.type));
        assertEquals(Arrays.toString(expectedToks.start), Arrays.toString(toks.start));
        assertEquals(Arrays.toString(expectedToks.end), Arrays.toString(toks.end));
        assertEquals(Arrays.toString(expectedToks.match), Arrays.toString(toks.match));
        assertEquals(List.of(), list(CScanner.code("", new byte[0])), "a scan after one that was not recycled");
    }

    @Test
    void randomText() {
        String alphabet = "ab_L8u\"'\\/*#\n\r \t.e+-0x1(){}[];,<>=!&|";
        Random r = new Random(42);
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(24);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            same(sb.toString());
        }
    }

    /** On the real tree (every n-th file, -Drespin.lexerSample=1 for all of them). */
    @Test
    void realTree() throws Exception {
        java.io.File tree = RealTree.dir();
        assumeTrue(tree != null, RealTree.SKIP_REASON);
        int every = Integer.getInteger("respin.lexerSample", 25);
        try (SourceTree t = SourceTree.open(tree, "HEAD"); ObjectReader reader = t.repository().newObjectReader()) {
            List<SourceTree.Entry> files = t.cFiles();
            for (int i = 0; i < files.size(); i += every) {
                String text = new String(t.read(reader, files.get(i)), StandardCharsets.ISO_8859_1);
                List<String> a = antlr(text);
                List<String> b = scanner(text);
                if (!a.equals(b)) {
                    int k = 0;
                    while (k < Math.min(a.size(), b.size()) && a.get(k).equals(b.get(k))) {
                        k++;
                    }
                    assertEquals(k < a.size() ? a.get(k) : "end", k < b.size() ? b.get(k) : "end",
                            files.get(i).path() + ": token " + k);
                }
                assertEquals(lineStarts(text), Arrays.toString(CScanner.scan(text).lineStarts()),
                        files.get(i).path() + ": line starts");
                assertEquals(lineStarts(text), Arrays.toString(CScanner.code(text,
                        text.getBytes(StandardCharsets.ISO_8859_1)).lineStarts()), files.get(i).path() + ": line starts");
            }
        }
    }
}

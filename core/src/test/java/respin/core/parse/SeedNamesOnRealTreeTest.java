package respin.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import respin.core.checkout.SourceTree;
import respin.core.model.CCall;
import respin.core.model.CFunction;
import respin.core.model.CRecord;
import respin.core.model.CTranslationUnit;

/**
 * The names of the seed's patch, on the real Linux tree: every place {@code git grep -w}
 * finds them in code (comments and strings masked out here, by a regex of this test's
 * own) is in the model as what the text says it is, and never in an opaque region.
 *
 * <p>Expected kinds come from the text: {@code name(} after a type word is a
 * definition (when a body follows the parameters) or a prototype, {@code name(}
 * elsewhere a call; other mentions (EXPORT_SYMBOL_GPL(name), {@code .hook = name})
 * lie inside a call's arguments, a declaration or a body, or a directive.
 */
class SeedNamesOnRealTreeTest {
    static final List<String> NAMES = List.of("kvm_page_track_register_notifier",
            "kvm_page_track_unregister_notifier", "kvm_write_track_add_gfn", "kvm_write_track_remove_gfn", "kvm_get_kvm",
            "kvm_get_kvm_safe", "kvm_put_kvm", "vfio_device_get_kvm_safe", "vfio_device_put_kvm", "vfio_device_set_kvm",
            "vfio_file_set_kvm", "kvm_vfio_file_set_kvm");
    /** struct name → field, for the fields the seed's patch retypes. */
    static final Map<String, String> FIELDS = Map.of("vfio_device", "kvm", "kvm_device", "kvm");

    private static File tree;
    private static SourceTree source;
    private static final Map<String, CTranslationUnit> UNITS = new LinkedHashMap<>();

    @BeforeAll
    static void open() {
        tree = RealTree.dir();
        if (tree != null) {
            source = SourceTree.open(tree, "HEAD");
        }
    }

    private static CTranslationUnit unit(String path) {
        return UNITS.computeIfAbsent(path, p -> {
            SourceTree.Entry e = source.cFiles().stream().filter(x -> x.path().equals(p)).findFirst().orElseThrow();
            return CSourceParser.parse(p, source.read(e));
        });
    }

    /** {@code path:line} of every code line git grep finds the word on, at HEAD, in .c and .h files. */
    static List<String[]> gitGrep(String word) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("git", "-C", tree.getPath(), "grep", "-n", "-w", "-e", word, "HEAD", "--",
                "*.c", "*.h").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        List<String[]> hits = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split(":", 4); // HEAD:path:line:text
            if (f.length == 4) {
                hits.add(new String[] {f[1], f[2]});
            }
        }
        return hits;
    }

    /** The text with comments and string literals blanked (newlines kept), by regex. */
    static String masked(String text) {
        Matcher m = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)+'",
                Pattern.DOTALL).matcher(text);
        StringBuilder sb = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (sb.charAt(i) != '\n') {
                    sb.setCharAt(i, ' ');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void everyMentionOfTheSeedsFunctionsIsModelled() throws Exception {
        assumeTrue(tree != null, RealTree.SKIP_REASON);
        List<String> wrong = new ArrayList<>();
        TreeSet<String> kinds = new TreeSet<>();
        int mentions = 0;
        for (String name : NAMES) {
            TreeSet<String> files = new TreeSet<>();
            gitGrep(name).forEach(h -> files.add(h[0]));
            for (String path : files) {
                CTranslationUnit u = unit(path);
                String code = masked(u.text());
                Matcher m = Pattern.compile("(?<![\\w$])" + name + "(?![\\w$])").matcher(code);
                while (m.find()) {
                    mentions++;
                    String kind = expectedKind(code, m.start(), m.end());
                    String found = modelled(u, m.start(), kind);
                    kinds.add(kind);
                    if (found != null) {
                        wrong.add(path + ":" + u.lines().line(m.start()) + ": " + name + ": expected " + kind + ", "
                                + found);
                    }
                }
            }
        }
        System.out.println("seed names on " + tree + ": " + mentions + " mentions in code, kinds " + kinds);
        assertFalse(mentions < NAMES.size(), "too few mentions: " + mentions);
        assertEquals("", String.join("\n", wrong));
    }

    @Test
    void theRetypedFieldsAreFieldsOfTheirStructs() throws Exception {
        assumeTrue(tree != null, RealTree.SKIP_REASON);
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (var e : FIELDS.entrySet()) {
            for (String[] hit : gitGrep(e.getKey())) {
                CTranslationUnit u = unit(hit[0]);
                String code = masked(u.text());
                Matcher m = Pattern.compile("(?m)^struct\\s+" + e.getKey() + "\\s*\\{").matcher(code);
                while (m.find()) {
                    int close = matching(code, m.end() - 1);
                    Matcher f = Pattern.compile("[\\s*]" + e.getValue() + "\\s*;").matcher(code.substring(m.end(), close));
                    int line = f.find() ? u.lines().line(m.end() + f.start() + 1) : -1;
                    seen++;
                    var rec = u.records(e.getKey()).filter(r -> r.span().start() == m.start()).findFirst();
                    int got = rec.flatMap(r -> r.field(e.getValue())).map(x -> x.declarator().nameSpan().line())
                            .orElse(-1);
                    if (got != line) {
                        wrong.add(hit[0] + ": struct " + e.getKey() + " field " + e.getValue() + " at line " + line
                                + ", model: " + (rec.isEmpty() ? "no record" : got));
                    }
                }
            }
        }
        assertFalse(seen < FIELDS.size(), "struct definitions found: " + seen);
        assertEquals("", String.join("\n", wrong));
    }

    private static int matching(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    /** What the text says the mention at {@code [start, end)} is. */
    static String expectedKind(String code, int start, int end) {
        int lineStart = code.lastIndexOf('\n', start - 1) + 1;
        int k = lineStart;
        while (k < start && (code.charAt(k) == ' ' || code.charAt(k) == '\t')) {
            k++;
        }
        if (k < code.length() && code.charAt(k) == '#' || inDefine(code, lineStart)) {
            return "directive";
        }
        int next = skipBlanks(code, end);
        if (next >= code.length() || code.charAt(next) != '(') {
            return "reference";
        }
        int p = start - 1;
        while (p >= 0 && Character.isWhitespace(code.charAt(p))) {
            p--;
        }
        int wordEnd = p + 1;
        while (p >= 0 && (Character.isLetterOrDigit(code.charAt(p)) || code.charAt(p) == '_')) {
            p--;
        }
        String before = wordEnd > 0 && onDirectiveLine(code, wordEnd - 1) ? "" : code.substring(p + 1, wordEnd);
        boolean typed = wordEnd > 0 && (code.charAt(wordEnd - 1) == '*' && before.isEmpty() || !before.isEmpty()
                && !before.equals("return") && !before.equals("else") && !before.equals("case"));
        if (!typed) {
            return "call";
        }
        int close = next;
        for (int depth = 0; close < code.length(); close++) {
            if (code.charAt(close) == '(') {
                depth++;
            } else if (code.charAt(close) == ')' && --depth == 0) {
                break;
            }
        }
        int after = skipBlanks(code, close + 1);
        return after < code.length() && code.charAt(after) == '{' ? "definition" : "prototype";
    }

    /** True when the line holding {@code offset} is a directive (#endif before a call is no type). */
    private static boolean onDirectiveLine(String code, int offset) {
        int k = code.lastIndexOf('\n', offset) + 1;
        while (k < offset && (code.charAt(k) == ' ' || code.charAt(k) == '\t')) {
            k++;
        }
        return code.charAt(k) == '#';
    }

    private static boolean inDefine(String code, int lineStart) {
        int s = lineStart;
        while (s >= 2 && code.charAt(s - 2) == '\\') {
            s = code.lastIndexOf('\n', s - 2) + 1;
            int k = s;
            while (k < code.length() && (code.charAt(k) == ' ' || code.charAt(k) == '\t')) {
                k++;
            }
            if (code.charAt(k) == '#') {
                return true;
            }
        }
        return false;
    }

    private static int skipBlanks(String code, int i) {
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Null when the model has the mention as {@code kind}; else what it has instead. */
    static String modelled(CTranslationUnit u, int offset, String kind) {
        if (u.opaque().stream().anyMatch(o -> o.span().start() <= offset && offset < o.span().end())) {
            return "in an opaque region";
        }
        switch (kind) {
            case "directive" -> {
                return u.directives().stream().anyMatch(d -> d.span().start() <= offset && offset < d.span().end())
                        ? null : "no directive";
            }
            case "definition", "prototype" -> {
                CFunction f = u.functions().stream().filter(x -> x.nameSpan().start() == offset).findFirst()
                        .orElse(null);
                return f == null ? "no function there" : f.isDefinition() == kind.equals("definition") ? null
                        : f.isDefinition() ? "a definition" : "a prototype";
            }
            case "call" -> {
                return u.calls().stream().anyMatch(c -> c.calleeSpan().start() == offset) ? null : "no call there";
            }
            default -> {
                boolean inArgs = u.calls().stream().map(CCall::argsSpan).anyMatch(s -> s.start() <= offset
                        && offset < s.end());
                boolean inDecl = u.variables().stream().anyMatch(v -> v.span().start() <= offset
                        && offset < v.span().end());
                boolean inBody = u.enclosingFunction(offset) != null;
                boolean inRecord = u.records().stream().map(CRecord::span).anyMatch(s -> s.start() <= offset
                        && offset < s.end());
                return inArgs || inDecl || inBody || inRecord ? null : "not inside a call, declaration or body";
            }
        }
    }
}

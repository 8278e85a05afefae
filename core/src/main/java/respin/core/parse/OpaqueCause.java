package respin.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import respin.core.model.CDirective;
import respin.core.model.COpaque;
import respin.core.model.CTranslationUnit;

/**
 * Names why an opaque region was not placed and what it starts with, so that
 * regions of one kind can be counted together: {@code "unbalanced bracket: '}'"},
 * {@code "function head not understood: word ( ... ) {"}.
 *
 * <p>A word is shown as itself when it is a C keyword or a GNU extension keyword
 * ({@code asm}, {@code __attribute__}), and as {@code word} otherwise, so that a
 * hundred different macro names make one cause. Where the region stands is named
 * too when it explains it: in a branch for the assembler ({@code #ifdef __ASSEMBLY__}),
 * or in a file that starts like a piece of an initializer ({@code { ... },} or
 * numbers), made to be included inside one.
 */
public final class OpaqueCause {
    private static final Set<String> SHOWN_WORDS = Set.of("asm", "__asm__", "__asm", "__attribute__", "typedef",
            "struct", "union", "enum", "static", "extern", "if", "else", "for", "while", "do", "switch", "return",
            "goto", "case", "default", "break", "continue", "sizeof", "__typeof__", "typeof", "_Static_assert",
            "static_assert", "__extension__");

    private OpaqueCause() {
    }

    /** The cause of every opaque region of {@code unit}, in order. */
    public static List<String> all(CTranslationUnit unit) {
        if (unit.opaque().isEmpty()) {
            return List.of();
        }
        List<int[]> asm = assemblerBranches(unit.directives());
        String where = fragment(unit.text()) ? " (file is a piece of an initializer)" : "";
        List<String> out = new ArrayList<>();
        for (COpaque o : unit.opaque()) {
            boolean inAsm = asm.stream().anyMatch(r -> r[0] <= o.span().start() && o.span().start() < r[1]);
            out.add(of(unit, o) + (inAsm ? " (in #ifdef __ASSEMBLY__)" : where));
        }
        return out;
    }

    /** The byte ranges of conditional branches taken only when {@code __ASSEMBLY__} is defined. */
    static List<int[]> assemblerBranches(List<CDirective> directives) {
        List<int[]> out = new ArrayList<>();
        List<Boolean> open = new ArrayList<>(); // per open conditional: does its current branch assemble?
        List<Integer> from = new ArrayList<>();
        for (CDirective d : directives) {
            String text = d.text().replaceAll("\\s+", "");
            int top = open.size() - 1;
            switch (d.keyword()) {
                case "if", "ifdef", "ifndef" -> {
                    Boolean asm = !text.contains("__ASSEMBLY__") ? null
                            : !(d.keyword().equals("ifndef") || text.contains("!defined(__ASSEMBLY__)")
                                    || text.contains("!defined__ASSEMBLY__"));
                    open.add(asm);
                    from.add(d.span().end());
                }
                case "else", "elif" -> {
                    if (top >= 0) {
                        close(open, from, top, d.span().start(), out);
                        Boolean was = open.get(top);
                        open.set(top, was == null || d.keyword().equals("elif") ? null : !was);
                        from.set(top, d.span().end());
                    }
                }
                case "endif" -> {
                    if (top >= 0) {
                        close(open, from, top, d.span().start(), out);
                        open.remove(top);
                        from.remove(top);
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static void close(List<Boolean> open, List<Integer> from, int top, int end, List<int[]> out) {
        if (Boolean.TRUE.equals(open.get(top))) {
            out.add(new int[] {from.get(top), end});
        }
    }

    /** True when the first code of the file (past comments and directives) is '{', a number or a string. */
    static boolean fragment(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("/*", i)) {
                int e = text.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (text.startsWith("//", i) || c == '#') {
                int e = text.indexOf('\n', i);
                while (e > 0 && text.charAt(e - 1) == '\\') {
                    e = text.indexOf('\n', e + 1);
                }
                i = e < 0 ? n : e + 1;
            } else {
                return c == '{' || c == '"' || Character.isDigit(c);
            }
        }
        return false;
    }

    /** The region's reason followed by the shape of its first two tokens. */
    public static String of(CTranslationUnit unit, COpaque o) {
        String text = unit.text();
        int i = o.span().start();
        int end = o.span().end();
        StringBuilder shape = new StringBuilder();
        for (int n = 0; n < 2 && i < end; n++) {
            i = skipBlanks(text, i, end);
            if (i >= end) {
                break;
            }
            int j = i;
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    j++;
                }
                String w = text.substring(i, j);
                shape.append(shape.length() > 0 ? " " : "").append(SHOWN_WORDS.contains(w) ? w : "word");
            } else if (Character.isDigit(c)) {
                while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                shape.append(shape.length() > 0 ? " " : "").append("number");
            } else {
                j++;
                shape.append(shape.length() > 0 ? " " : "").append('\'').append(c).append('\'');
            }
            i = j;
        }
        return o.reason() + ": " + (shape.length() == 0 ? "blank" : shape);
    }

    private static int skipBlanks(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

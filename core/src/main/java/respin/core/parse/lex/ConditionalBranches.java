package respin.core.parse.lex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code #if} branches that open or close braces differently from
 * disturbing the parse of the rest of the file.
 *
 * <p>Kernel code sometimes writes {@code #ifdef A / if (x) { / #else / if (y) { / #endif}:
 * read one after the other the two branches open two braces for one close. When the
 * branches of one conditional differ in bracket balance, every branch but the first
 * is moved to the hidden channel for the parser. The bytes stay in the file and in
 * the token stream; only the parse skips them.
 */
public final class ConditionalBranches {
    private ConditionalBranches() {
    }

    private record Branch(int from, int to, int balance) {
    }

    public static void hideUnbalancedBranches(CScanner all) {
        List<List<Branch>> stack = new ArrayList<>();
        List<Integer> branchStart = new ArrayList<>();
        for (int d = 0; d < all.directiveCount; d++) {
            int i = all.directives[d];
            switch (kind(all.bytes, all.start[i], all.end[i])) {
                case OPEN -> {
                    stack.add(new ArrayList<>());
                    branchStart.add(i + 1);
                }
                case BRANCH -> {
                    if (!stack.isEmpty()) {
                        int top = stack.size() - 1;
                        int from = branchStart.get(top);
                        stack.get(top).add(new Branch(from, i, balance(all, from, i)));
                        branchStart.set(top, i + 1);
                    }
                }
                case CLOSE -> {
                    if (!stack.isEmpty()) {
                        int top = stack.size() - 1;
                        int from = branchStart.get(top);
                        List<Branch> branches = stack.remove(top);
                        branchStart.remove(top);
                        branches.add(new Branch(from, i, balance(all, from, i)));
                        hideIfUneven(all, branches);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void hideIfUneven(CScanner all, List<Branch> branches) {
        if (branches.size() < 2) {
            return;
        }
        int first = branches.get(0).balance();
        boolean uneven = branches.stream().anyMatch(b -> b.balance() != first);
        if (!uneven && first == 0) {
            return; // balanced branches read one after the other still nest
        }
        for (Branch b : branches.subList(1, branches.size())) {
            for (int k = b.from(); k < b.to(); k++) {
                if (all.channel[k] == 0) {
                    all.channel[k] = CScanner.HIDDEN;
                    all.visible--;
                }
            }
        }
    }

    /** Net count of opened minus closed braces and parentheses among default-channel tokens. */
    private static int balance(CScanner all, int from, int to) {
        int b = 0;
        for (int k = from; k < to; k++) {
            if (all.channel[k] != 0) {
                continue;
            }
            switch (all.type[k]) {
                case CLexer.LBRACE, CLexer.LPAREN -> b++;
                case CLexer.RBRACE, CLexer.RPAREN -> b--;
                default -> {
                }
            }
        }
        return b;
    }

    private static final int OTHER = 0;
    private static final int OPEN = 1;
    private static final int BRANCH = 2;
    private static final int CLOSE = 3;
    /** The directive words of each kind but {@link #OTHER}, indexed by kind. */
    private static final byte[][][] WORDS = {{}, bytes("if", "ifdef", "ifndef"),
        bytes("elif", "else", "elifdef", "elifndef"), bytes("endif")};

    /** The first letters of {@link #WORDS}. */
    private static final boolean[] FIRST = new boolean[256];

    static {
        for (byte[][] kind : WORDS) {
            for (byte[] w : kind) {
                FIRST[w[0] & 0xff] = true;
            }
        }
    }

    private static byte[][] bytes(String... words) {
        return java.util.Arrays.stream(words).map(w -> w.getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);
    }

    /** Which kind of directive is at {@code [from, to)} of {@code s}, read in place: {@link #keyword} as a kind. */
    private static int kind(byte[] s, int from, int to) {
        int i = wordStart(s, from, to);
        if (i == to || !FIRST[s[i] & 0xff]) {
            return OTHER; // #define and #include, most of them, read no further
        }
        int k = wordEnd(s, i, to);
        for (int kind = OPEN; kind <= CLOSE; kind++) {
            for (byte[] w : WORDS[kind]) {
                if (java.util.Arrays.equals(s, i, k, w, 0, w.length)) {
                    return kind;
                }
            }
        }
        return OTHER;
    }

    /** The word after the '#' of the directive at {@code [from, to)} of {@code s} (one byte per char). */
    public static String keyword(byte[] s, int from, int to) {
        int i = wordStart(s, from, to);
        return new String(s, i, wordEnd(s, i, to) - i, StandardCharsets.ISO_8859_1);
    }

    /** Where the directive's word starts: after its '#' and the blanks that follow it. */
    private static int wordStart(byte[] s, int from, int to) {
        int i = from + 1;
        while (i < to && (s[i] == ' ' || s[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** Where the letters from {@code i} end ({@link Character#isLetter} of the char each byte stands for). */
    private static int wordEnd(byte[] s, int i, int to) {
        while (i < to && isLetter(s[i])) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(byte b) {
        int c = b & 0xff;
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 && Character.isLetter(c);
    }
}

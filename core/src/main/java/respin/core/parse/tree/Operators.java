package respin.core.parse.tree;

import java.util.Set;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/** C operators as the expression parser needs them: binary precedence and the prefix kinds. */
final class Operators {
    private Operators() {
    }

    private static final Set<String> PREFIX = Set.of("!", "~", "-", "+", "++", "--", "&&");
    private static final Set<String> SIZEOF = Set.of("sizeof", "_Alignof", "alignof", "__alignof__", "__alignof");
    private static final Set<String> TYPEOF = Set.of("typeof", "__typeof__", "__typeof", "typeof_unqual",
            "__typeof_unqual__", "__auto_type");

    /** Precedence of the binary operator token ({@code ||} 1 ... {@code * / %} 10), or 0 when it is none. */
    static int binary(int type, String text) {
        if (type == CLexer.STAR) {
            return 10;
        }
        if (type == CLexer.AMP) {
            return 5;
        }
        if (type != CLexer.OP) {
            return 0;
        }
        return switch (text) {
            case "||" -> 1;
            case "&&" -> 2;
            case "|" -> 3;
            case "^" -> 4;
            case "==", "!=" -> 6;
            case "<", ">", "<=", ">=" -> 7;
            case "<<", ">>" -> 8;
            case "+", "-" -> 9;
            case "/", "%" -> 10;
            default -> 0;
        };
    }

    /** {@code ! ~ - + ++ -- &&} (the last takes a label's address). */
    static boolean isPrefix(String text) {
        return PREFIX.contains(text);
    }

    /** {@code sizeof} and the alignment operators, which take an expression or a type in parentheses. */
    static boolean isSizeof(String word) {
        return SIZEOF.contains(word);
    }

    /** {@code typeof} and its GNU spellings. */
    static boolean isTypeof(String word) {
        return TYPEOF.contains(word);
    }

    /** {@code = += -= ... <<= >>=}, not the comparisons. */
    static boolean isAssignment(String op) {
        return op.length() >= 2 && op.endsWith("=") && !op.equals("==") && !op.equals("!=") && !op.equals("<=")
                && !op.equals(">=");
    }

    /**
     * The end of adjacent strings and the words or macro calls between them, from {@code from}
     * (a string, or a word before one) to at most {@code end}: {@code KERN_ERR "x" PRIu64 "\n"}.
     */
    static int stringsEnd(Syntax s, int from, int end) {
        Toks t = s.t;
        int p = from;
        boolean lastString = false;
        while (p < end) {
            int ty = t.type[p];
            if (ty == CLexer.STRING) {
                p++;
                lastString = true;
            } else if (ty == CLexer.IDENT && (s.is(p + 1, CLexer.STRING) && p + 1 < end || lastString
                    && !s.is(p + 1, CLexer.LPAREN))) {
                p++;
                lastString = false;
            } else if (ty == CLexer.IDENT && lastString && s.close(p + 1, end) > 0) {
                p = t.match[p + 1] + 1;
                lastString = false;
            } else {
                break;
            }
        }
        return p;
    }
}

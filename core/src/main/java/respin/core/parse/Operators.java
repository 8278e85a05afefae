package respin.core.parse;

import java.util.Set;

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
}

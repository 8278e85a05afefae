package respin.core.parse.tree;

import respin.core.parse.lex.Annotations;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/** Tells a declaration statement ({@code struct kvm *kvm = f(x);}) from an expression statement. */
public final class LocalDeclarations {
    private LocalDeclarations() {
    }

    /**
     * True when the tokens before the first top-level '=' or ',' are type words, stars
     * and a name (two words at least), or a function pointer {@code T (*name)(...)}.
     */
    public static boolean looksLikeDeclaration(Toks t, int from, int semi) {
        if (!t.isWord(from) || t.is(from, CLexer.RETURN) || t.is(from, CLexer.GOTO)) {
            return false;
        }
        int words = 0;
        for (int i = from; i < semi; i++) {
            int ty = t.type[i];
            if (ty == CLexer.ASSIGN || ty == CLexer.COMMA) {
                break;
            }
            if (t.isWord(i)) {
                words++;
            } else if (ty == CLexer.LBRACKET) {
                i = t.skip(i, semi) - 1;
            } else if (ty == CLexer.LPAREN) {
                boolean fnPtr = t.is(i + 1, CLexer.STAR) && t.match[i] > 0 && t.is(t.match[i] + 1, CLexer.LPAREN);
                boolean attr = i > from && t.in(i - 1, Annotations.ATTRIBUTE_CALLS);
                if (!fnPtr && !attr) {
                    return false;
                }
                if (fnPtr) {
                    return words >= 1;
                }
                words--;
                i = t.skip(i, semi) - 1;
            } else if (ty != CLexer.STAR) {
                return false;
            }
        }
        return words >= 2;
    }
}

package respin.core.parse.tree;

import java.util.Set;
import respin.core.model.tree.CTypeName;
import respin.core.parse.lex.Annotations;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/**
 * Tells type names from expressions where C syntax alone cannot: a cast
 * {@code (struct kvm *)p}, a type argument {@code container_of(p, struct foo, m)},
 * {@code sizeof(unsigned long)}. Without the preprocessor a typedef is a plain word,
 * so a word alone in parentheses is a cast only when nothing else can be meant
 * ({@code (foo_t)x}) or the word is a kernel type ({@code (u32)-1}).
 */
final class CastsAndTypes {
    private static final Set<String> TYPE_STARTS = Set.of("const", "volatile", "_Atomic", "restrict", "__restrict");
    private static final Set<String> SCALARS = Set.of("u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "__u8",
            "__u16", "__u32", "__u64", "__s8", "__s16", "__s32", "__s64", "__le16", "__le32", "__le64", "__be16",
            "__be32", "__be64", "bool", "uint", "ulong", "ushort", "uchar");
    private final Syntax s;
    private final Toks t;

    CastsAndTypes(Syntax s) {
        this.s = s;
        this.t = s.t;
    }

    /** True when tokens {@code [from, to)} can only be a type name. */
    boolean looksLikeType(int from, int to) {
        if (from >= to) {
            return false;
        }
        int ty = t.type[from];
        if (ty == CLexer.STRUCT || ty == CLexer.UNION || ty == CLexer.ENUM) {
            return true;
        }
        String w = s.text(from);
        if (ty != CLexer.IDENT) {
            return false;
        }
        if (Annotations.TYPE_WORDS.contains(w) || TYPE_STARTS.contains(w) || Operators.isTypeof(w)
                || Annotations.QUALIFIERS.contains(w) && to - from > 1) {
            return true;
        }
        if (to - from < 2) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            boolean star = t.type[k] == CLexer.STAR;
            boolean qualifier = t.type[k] == CLexer.IDENT && Annotations.QUALIFIERS.contains(s.text(k));
            if (!star && !qualifier) {
                return false;
            }
        }
        return true;
    }

    /** True when the group opening at {@code open} holds a type name and nothing else. */
    boolean isTypeInParens(int open) {
        int close = s.close(open, t.size());
        return close > open + 1 && looksLikeType(open + 1, close);
    }

    /** True when the group opening at {@code open} is a cast (or the type of a compound literal). */
    boolean isCast(int open, int end) {
        int close = s.close(open, end);
        if (close < 0 || close + 1 >= end || !startsOperand(close + 1)) {
            return false;
        }
        if (looksLikeType(open + 1, close)) {
            return true;
        }
        if (close != open + 2 || !s.is(open + 1, CLexer.IDENT)) {
            return false;
        }
        String w = s.text(open + 1);
        if (SCALARS.contains(w) || w.endsWith("_t")) {
            return true;
        }
        int next = t.type[close + 1];
        return next == CLexer.IDENT || next == CLexer.NUMBER || next == CLexer.CHAR || next == CLexer.STRING
                || next == CLexer.OP && (s.text(close + 1).equals("!") || s.text(close + 1).equals("~"));
    }

    private boolean startsOperand(int k) {
        int ty = t.type[k];
        return ty == CLexer.IDENT || ty == CLexer.NUMBER || ty == CLexer.CHAR || ty == CLexer.STRING
                || ty == CLexer.LPAREN || ty == CLexer.LBRACE || ty == CLexer.STAR || ty == CLexer.AMP
                || ty == CLexer.OP && Operators.isPrefix(s.text(k));
    }

    CTypeName typeName(int from, int to) {
        return new CTypeName(s.span(from, to), s.toks(from, to));
    }
}

package respin.core.parse.tree;

import java.util.ArrayList;
import java.util.List;
import respin.core.model.tree.CTree;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.Toks;

/**
 * The arguments of a call or macro invocation. A macro takes more than expressions:
 * type names ({@code container_of(p, struct foo, member)}), designations
 * ({@code DEFINE_X(name, .probe = f)}) and jumps ({@code scoped_cond_guard(m, return -EINTR, &l)}).
 */
final class Arguments {
    private final Syntax s;
    private final Toks t;
    private final ExpressionParser exprs;

    Arguments(Syntax s, ExpressionParser exprs) {
        this.s = s;
        this.t = s.t;
        this.exprs = exprs;
    }

    /** The arguments between {@code open} and {@code close}; adds them, the commas and the parentheses to {@code parts}. */
    List<CTree> list(int open, int close, List<CTree> parts) {
        parts.add(s.tok(open));
        List<CTree> args = s.commaList(open + 1, close, this::argument, parts);
        parts.add(s.tok(close));
        return List.copyOf(args);
    }

    /** One macro or function argument: a designation, a type name or an expression. */
    CTree argument(int from, int to) {
        if (s.is(from, CLexer.DOT) && from + 1 < to && t.isWord(from + 1) || s.is(from, CLexer.LBRACKET)
                && s.close(from, to) > 0 && s.find(from, to, CLexer.ASSIGN) > 0) {
            return exprs.initializers().item(from, to);
        }
        if (exprs.types().looksLikeType(from, to)) {
            return exprs.types().typeName(from, to);
        }
        CTree jump = s.stmts.argumentStatement(from, to);
        return jump != null ? jump : exprs.full(from, to, false);
    }
}

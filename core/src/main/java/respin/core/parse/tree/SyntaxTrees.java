package respin.core.parse.tree;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import respin.core.model.source.LineMap;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CFile;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.parse.lex.CScanner;
import respin.core.parse.lex.ConditionalBranches;
import respin.core.parse.lex.Toks;

/**
 * Builds the syntax tree of a file ({@link CFile}: statements and expressions down to
 * tokens) and prints a tree back. The declaration-level model of
 * {@link CSourceParser} does not need it; a unit builds its tree on first use
 * ({@code CTranslationUnit.syntax()}), from the text it keeps.
 */
public final class SyntaxTrees {
    private SyntaxTrees() {
    }

    /** The syntax tree of {@code text} (one char per byte of the file). Never fails. */
    public static CFile parse(String path, String text) {
        CScanner all = CScanner.scan(text);
        ConditionalBranches.hideUnbalancedBranches(all);
        LineMap lines = new LineMap(path, all.lineStarts());
        Syntax s = new Syntax(new Toks(all), lines);
        List<CTree> items = new FileItems(s).all();
        return new CFile(path, lines.span(0, text.length()), items);
    }

    /**
     * {@code text} read as one expression (a comma expression too), with spans relative to
     * {@code text}; an opaque expression with its reason when it is not one, null when empty.
     */
    public static CExpression expression(String text) {
        CScanner all = CScanner.scan(text);
        Toks toks = new Toks(all);
        Syntax s = new Syntax(toks, new LineMap("<expression>", text));
        return s.exprs.full(0, toks.type.length, true);
    }

    /**
     * {@code root} printed from its tokens, with the trivia of {@code text} (blanks,
     * comments, directives, branches of an uneven {@code #if}) between them. A visible
     * token of {@code text} that no node holds is not printed, and tokens out of order
     * are printed as they come: so this equals {@code text} only when the tree holds
     * every token once, in order.
     */
    public static String print(CTree root, String text) {
        CScanner all = CScanner.scan(text);
        ConditionalBranches.hideUnbalancedBranches(all);
        StringBuilder sb = new StringBuilder(text.length());
        int k = 0;
        Deque<CTree> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            CTree n = todo.pop();
            if (n instanceof CToken tok) {
                int start = tok.span().start();
                for (; k < all.size && all.start[k] < start; k++) {
                    if (all.channel[k] != 0) {
                        sb.append(text, all.start[k], all.end[k]);
                    }
                }
                sb.append(tok.text());
                while (k < all.size && all.start[k] < tok.span().end()) {
                    k++;
                }
                continue;
            }
            List<CTree> parts = n.parts();
            for (int i = parts.size() - 1; i >= 0; i--) {
                todo.push(parts.get(i));
            }
        }
        for (; k < all.size; k++) {
            if (all.channel[k] != 0) {
                sb.append(text, all.start[k], all.end[k]);
            }
        }
        return sb.toString();
    }
}

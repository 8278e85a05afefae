package respin.rewriters;

import java.util.List;
import respin.core.model.CFunction;
import respin.core.model.CTranslationUnit;
import respin.core.model.tree.CFunctionDefinition;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.parse.tree.SyntaxTrees;

/**
 * Bridges the declaration records the index hands out ({@link CFunction}) to the syntax tree of
 * their file, and reads C snippets of a recipe ({@code dev->kvm = kvm;}) as tokens, so that
 * rewriters compare code by its tokens, never by its text.
 */
final class Definitions {
    private Definitions() {
    }

    /** The syntax-tree node of definition {@code f} of {@code unit}, found by its name token; null if none. */
    static CFunctionDefinition of(CTranslationUnit unit, CFunction f) {
        if (f.body() == null) {
            return null;
        }
        int at = f.nameSpan().start();
        for (CTree item : unit.syntax().parts()) { // definitions are file-level items: look there first
            if (item instanceof CFunctionDefinition d && d.name() != null && d.name().span().start() == at) {
                return d;
            }
        }
        List<CFunctionDefinition> found = unit.find(CFunctionDefinition.class,
                d -> d.name() != null && d.name().span().start() == at);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The token texts of a C snippet, comments and blanks aside. */
    static List<String> tokens(String snippet) {
        return SyntaxTrees.parse("<recipe>", snippet).tokens().stream().map(CToken::text).toList();
    }

    /**
     * True when {@code node} is made of exactly the tokens {@code want}. Read token by token, up
     * to the first that differs: asked of every statement of a body, from the body down, a list
     * of each one's tokens would read the innermost ones once per enclosing statement.
     */
    static boolean sameTokens(CTree node, List<String> want) {
        int[] next = {0};
        return sameTokens(node, want, next) && next[0] == want.size();
    }

    /** Matches the tokens under {@code node} against {@code want} from {@code next[0]} on, moving it. */
    private static boolean sameTokens(CTree node, List<String> want, int[] next) {
        if (node instanceof CToken t) {
            return next[0] < want.size() && t.text().equals(want.get(next[0]++));
        }
        for (CTree part : node.parts()) {
            if (!sameTokens(part, want, next)) {
                return false;
            }
        }
        return true;
    }
}

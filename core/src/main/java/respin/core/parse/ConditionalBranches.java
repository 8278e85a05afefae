package respin.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;

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
final class ConditionalBranches {
    private ConditionalBranches() {
    }

    private record Branch(int from, int to, int balance) {
    }

    static void hideUnbalancedBranches(List<Token> all) {
        List<List<Branch>> stack = new ArrayList<>();
        List<Integer> branchStart = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Token tok = all.get(i);
            if (tok.getType() != CLexer.DIRECTIVE) {
                continue;
            }
            String kw = keyword(tok.getText());
            switch (kw) {
                case "if", "ifdef", "ifndef" -> {
                    stack.add(new ArrayList<>());
                    branchStart.add(i + 1);
                }
                case "elif", "else", "elifdef", "elifndef" -> {
                    if (!stack.isEmpty()) {
                        int top = stack.size() - 1;
                        int from = branchStart.get(top);
                        stack.get(top).add(new Branch(from, i, balance(all, from, i)));
                        branchStart.set(top, i + 1);
                    }
                }
                case "endif" -> {
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

    private static void hideIfUneven(List<Token> all, List<Branch> branches) {
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
                Token t = all.get(k);
                if (t.getChannel() == Token.DEFAULT_CHANNEL && t instanceof WritableToken w) {
                    w.setChannel(Token.HIDDEN_CHANNEL);
                }
            }
        }
    }

    /** Net count of opened minus closed braces and parentheses among default-channel tokens. */
    private static int balance(List<Token> all, int from, int to) {
        int b = 0;
        for (int k = from; k < to; k++) {
            Token t = all.get(k);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            switch (t.getType()) {
                case CLexer.LBRACE, CLexer.LPAREN -> b++;
                case CLexer.RBRACE, CLexer.RPAREN -> b--;
                default -> {
                }
            }
        }
        return b;
    }

    static String keyword(String directive) {
        int i = 1;
        while (i < directive.length() && (directive.charAt(i) == ' ' || directive.charAt(i) == '\t')) {
            i++;
        }
        int k = i;
        while (k < directive.length() && Character.isLetter(directive.charAt(k))) {
            k++;
        }
        return directive.substring(i, k);
    }
}

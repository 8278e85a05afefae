package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/** One parser-visible token: a word, a literal, an operator or a bracket, with its text. */
public record CToken(Span span, String text) implements CTree {

    @Override
    public List<CTree> parts() {
        return List.of();
    }

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitToken(this);
    }
}

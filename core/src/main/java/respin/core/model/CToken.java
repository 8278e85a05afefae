package respin.core.model;

import java.util.List;

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

package respin.core.model;

import java.util.List;
import respin.core.model.source.Span;

/** A function body: the braces and the statements between them. */
public record CBlock(Span span, List<CStatement> statements) implements CNode {

    /** The declarations at the top of the body, before the first other statement. */
    public List<CStatement> leadingDeclarations() {
        int n = 0;
        while (n < statements.size() && statements.get(n).kind() == CStatement.Kind.DECLARATION) {
            n++;
        }
        return statements.subList(0, n);
    }
}

package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A function definition: head tokens, then the body. {@code name} is the declared name (null if not found), {@code returnType} the type words before it.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CFunctionDefinition(Span span, List<CTree> parts, CToken name, CTypeName returnType, CCompound body) implements CTree {

    /** The parameters of its head, in order (empty for <code>(void)</code> or when the head was not understood). */
    public List<CParameterDeclaration> parameters() {
        return parts.stream().filter(p -> p instanceof CParameterDeclaration pd && pd.name() != null)
                .map(p -> (CParameterDeclaration) p).toList();
    }

    /** The parameter declared as {@code name}, or null. */
    public CParameterDeclaration parameter(String name) {
        return parameters().stream().filter(p -> name.equals(p.nameText())).findFirst().orElse(null);
    }

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitFunctionDefinition(this);
    }
}

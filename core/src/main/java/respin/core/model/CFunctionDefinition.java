package respin.core.model;

import java.util.List;

/**
 * A function definition: head tokens, then the body. {@code name} is the declared name (null if not found), {@code returnType} the type words before it.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CFunctionDefinition(Span span, List<CTree> parts, CToken name, CTypeName returnType, CCompound body) implements CTree {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitFunctionDefinition(this);
    }
}

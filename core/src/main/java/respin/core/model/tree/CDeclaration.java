package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A declaration: specifiers, then declarators with their initializers, up to the <code>;</code> (<code>static struct i2c_driver d = { .probe = f, };</code>). {@code specifiers} are the type words before the first declarator (null when no declared name was found: then the first declarator holds them), {@code record} the struct, union or enum body they define, or null.
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CDeclaration(Span span, List<CTree> parts, CTypeName specifiers, CRecordSpecifier record, List<CInitDeclarator> declarators) implements CStmt {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitDeclaration(this);
    }
}

package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * <code>struct tag { members }</code> inside a declaration: members are declarations (struct, union) or enumerators as {@link CInitDeclarator} (enum).
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CRecordSpecifier(Span span, List<CTree> parts, String keyword, String tag, List<CTree> members) implements CTree {

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitRecordSpecifier(this);
    }
}

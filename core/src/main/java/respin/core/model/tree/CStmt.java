package respin.core.model.tree;

/** A statement of a function body (declarations included), or an item at file level. */
public interface CStmt extends CTree {
}

package respin.core.plan;

import java.util.Collection;
import java.util.List;
import respin.core.index.SymbolIndex;
import respin.core.model.CTranslationUnit;

/**
 * One kind of use checked against what its parent wants (an argument against its
 * parameter, say), in the tree as one patch of the plan leaves it. Implementations read
 * the model through the index, so that another model can answer the same question.
 */
public interface TypeCheck {

    /**
     * The uses of {@code tree} (every file as it is after {@code patch}, 1-based) that touch
     * a type {@code plan} changes and do not fit their parent.
     */
    default List<WouldNotCompile> check(SymbolIndex tree, Plan plan, int patch) {
        return check(tree, plan, patch, tree.units());
    }

    /**
     * As {@link #check(SymbolIndex, Plan, int)}, for the uses in {@code units} only (files of
     * {@code tree}): a patch's tree is checked again only where the patch can change an answer.
     */
    List<WouldNotCompile> check(SymbolIndex tree, Plan plan, int patch, Collection<CTranslationUnit> units);
}

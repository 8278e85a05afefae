package respin.core.index;

import respin.core.model.CNode;
import respin.core.model.CTranslationUnit;

/** A model node together with the file it belongs to. */
public record Located<T extends CNode>(CTranslationUnit unit, T node) {

    public String path() {
        return unit.path();
    }
}

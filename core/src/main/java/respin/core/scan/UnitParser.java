package respin.core.scan;

import respin.core.model.CTranslationUnit;
import respin.core.model.LazySyntax;

/** How the candidate scan turns a file into a unit, and restores one from the model cache. */
public interface UnitParser {
    /** The unit of {@code path}, whose text holds one char per byte of the file. */
    CTranslationUnit parse(String path, String text);

    /** The syntax tree of a unit restored from the model cache, built from its text on first use. */
    default LazySyntax syntax(String path, String text) {
        return new LazySyntax(() -> parse(path, text).syntax());
    }

    /**
     * Names this parser's build, so that models cached by another build are never trusted; null
     * when its models are not to be cached.
     */
    default String version() {
        return null;
    }
}

package respin.core.model;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A statement of a function body. Declarations carry their declarators; compound
 * and control statements carry the statements they hold.
 */
public record CStatement(Kind kind, Span span, List<CDeclarator> declarators, List<CStatement> children)
        implements CNode {

    /** What kind of statement this is. */
    public enum Kind { DECLARATION, EXPRESSION, COMPOUND, IF, LOOP, SWITCH, JUMP, LABEL, MACRO_BLOCK, OPAQUE }
}

package respin.core.index;

import java.util.Optional;
import respin.core.model.CField;
import respin.core.model.CTranslationUnit;
import respin.core.model.tree.CExpression;
import respin.core.parse.tree.SyntaxTrees;

/**
 * The text face of {@link ExpressionTypes}, for callers that hold an expression as text:
 * the text is parsed into an expression node and the node's type is asked for, its names
 * looked up as if written at the given offset. Types are normalised text
 * ({@code struct kvm *}); unknown is empty.
 */
public final class TypeResolver {
    private final ExpressionTypes types;

    public TypeResolver(SymbolIndex index) {
        this.types = new ExpressionTypes(index);
    }

    /** The node resolver this adapter asks. */
    public ExpressionTypes nodes() {
        return types;
    }

    /** The type of {@code expr} as written at {@code offset} of {@code unit}, normalised ({@code struct kvm *}). */
    public Optional<String> typeOf(CTranslationUnit unit, int offset, String expr) {
        CExpression e = SyntaxTrees.expression(expr);
        return e == null ? Optional.empty() : types.of(unit, e, offset).text();
    }

    /** The type of member {@code field} of a value of type {@code type} ({@code struct foo *} or {@code struct foo}). */
    public Optional<String> memberType(String type, String field) {
        return types.member(CType.of(type), field).text();
    }

    /** The field declaration that {@code .field} or {@code ->field} reaches from a value of {@code type}. */
    public Optional<CField> fieldOf(String type, String field) {
        return types.field(CType.of(type), field);
    }

    /** {@code struct foo} for {@code struct foo *}, {@code const struct foo} or {@code struct foo}; else null. */
    public static String tag(String type) {
        return CType.tag(type);
    }

    /** Drops {@code const} and folds blanks so types compare as text. */
    public static String normalise(String type) {
        return CType.normalise(type);
    }
}

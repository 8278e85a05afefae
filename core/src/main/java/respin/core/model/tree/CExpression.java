package respin.core.model.tree;

/** An expression of the syntax tree (type names and initializer lists included). */
public interface CExpression extends CTree {

    /** True when this is the plain name {@code name}. */
    default boolean isName(String name) {
        return this instanceof CIdentifier id && id.name().equals(name);
    }
}

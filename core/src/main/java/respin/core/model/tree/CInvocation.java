package respin.core.model.tree;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A call of a function, a function pointer or a macro with parentheses. Arguments are expressions, type names (<code>container_of(p, struct foo, member)</code>) or designations (<code>.probe = f</code>).
 *
 * <p>{@code parts} are its tokens and child nodes in source order.
 */
public record CInvocation(Span span, List<CTree> parts, CExpression callee, List<CTree> arguments) implements CExpression {

    /** True when the callee is the plain name {@code name}: {@code kvm_get_kvm(kvm)}. */
    public boolean calls(String name) {
        return callee.isName(name);
    }

    /** The callee's name when it is a plain name, else null. */
    public String name() {
        return callee instanceof CIdentifier id ? id.name() : null;
    }

    /** Argument {@code i} (0-based), or null when there are fewer. */
    public CTree argument(int i) {
        return i < arguments.size() ? arguments.get(i) : null;
    }

    @Override
    public void accept(CTreeScanner scanner) {
        scanner.visitInvocation(this);
    }
}

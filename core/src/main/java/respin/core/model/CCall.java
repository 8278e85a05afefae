package respin.core.model;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A call or macro invocation: {@code kvm_get_kvm(kvm)}, {@code ops->create(dev, type)}.
 *
 * <p>{@code callee} is the callee as written (a name or a member chain),
 * {@code argsSpan} the bytes between the parentheses.
 */
public record CCall(String callee, Span calleeSpan, Span span, Span argsSpan, List<CExpr> args) implements CNode {

    /** True when the callee is a plain name rather than a member chain or pointer. */
    public boolean direct() {
        for (int i = 0; i < callee.length(); i++) { // a loop, not a stream: asked for every call of every file
            char c = callee.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
                return false;
            }
        }
        return true;
    }
}

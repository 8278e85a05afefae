package respin.core.model;

import java.util.List;
import respin.core.model.source.Span;

/**
 * A chain of member accesses from a name: {@code vgpu->vfio_device.kvm}.
 *
 * <p>{@code prefixEnds.get(i)} is the end offset of the chain up to and including
 * {@code members.get(i)}, so any prefix can be addressed as a byte range.
 */
public record CMemberAccess(String base, List<String> members, List<String> operators, Span span,
        List<Integer> prefixEnds) implements CNode {

    /** The text of the chain up to and including member {@code i}. */
    public String prefix(int i) {
        StringBuilder sb = new StringBuilder(base);
        for (int k = 0; k <= i; k++) {
            sb.append(operators.get(k)).append(members.get(k));
        }
        return sb.toString();
    }
}

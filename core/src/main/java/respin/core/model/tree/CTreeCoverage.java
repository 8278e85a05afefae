package respin.core.model.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * How much of a file's function bodies its syntax tree types: the bytes of the bodies,
 * the bytes inside opaque statements and expressions there (outermost only), and the
 * reason of each such opaque node.
 */
public record CTreeCoverage(long bodyBytes, long opaqueBytes, List<String> reasons, List<Long> sizes) {

    public static CTreeCoverage of(CFile file) {
        long body = 0;
        long opaque = 0;
        List<String> reasons = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        Deque<CTree> todo = new ArrayDeque<>();
        for (CTree item : file.parts()) {
            if (item instanceof CFunctionDefinition f) {
                body += f.body().span().length();
                todo.push(f.body());
            }
        }
        while (!todo.isEmpty()) {
            CTree n = todo.pop();
            String reason = n instanceof COpaqueExpression e ? e.reason()
                    : n instanceof COpaqueStatement s ? s.reason() : null;
            if (reason != null) {
                opaque += n.span().length();
                reasons.add(reason);
                sizes.add((long) n.span().length());
                continue;
            }
            for (CTree c : n.parts()) {
                if (!(c instanceof CToken)) {
                    todo.push(c);
                }
            }
        }
        return new CTreeCoverage(body, opaque, List.copyOf(reasons), List.copyOf(sizes));
    }

    /** The share of body bytes in typed nodes, in percent (100 when there are no bodies). */
    public double typedPercent() {
        return bodyBytes == 0 ? 100.0 : 100.0 * (bodyBytes - opaqueBytes) / bodyBytes;
    }
}

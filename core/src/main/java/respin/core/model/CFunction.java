package respin.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import respin.core.model.source.Span;

/**
 * A function definition, prototype or {@code static inline} stub.
 *
 * <p>{@code body} is null for a prototype. {@code doc} is the kernel-doc comment
 * right before it, if any. {@code paramsSpan} covers the bytes between the
 * parentheses of the parameter list.
 */
public record CFunction(String name, Span nameSpan, String returnType, List<CParameter> params, Span paramsSpan,
        Span span, CBlock body, Span doc, boolean isStatic, boolean isInline) implements CNode {

    public boolean isDefinition() {
        return body != null;
    }

    /** A {@code static inline} definition: in a header, usually the stub for a configuration without the real one. */
    public boolean isStaticInline() {
        return isStatic && isInline;
    }

    /** Declarators of the locals declared before {@code offset} in the body, outermost first. */
    public List<CDeclarator> localsBefore(int offset) {
        List<CDeclarator> out = new ArrayList<>();
        if (body != null) {
            collect(body.statements(), offset, out);
        }
        return out;
    }

    /** True when {@code name} is a parameter, or a local declared before {@code offset}. */
    public boolean declares(String name, int offset) {
        return param(name).isPresent() || localsBefore(offset).stream().anyMatch(d -> name.equals(d.name()));
    }

    private static void collect(List<CStatement> statements, int offset, List<CDeclarator> out) {
        for (CStatement s : statements) {
            if (s.span().start() >= offset) {
                return;
            }
            out.addAll(s.declarators());
            if (s.span().end() > offset) {
                collect(s.children(), offset, out);
            }
        }
    }

    public Optional<CParameter> param(String paramName) {
        return params.stream().filter(p -> paramName.equals(p.name())).findFirst();
    }
}

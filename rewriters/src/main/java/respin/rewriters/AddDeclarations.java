package respin.rewriters;

import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.model.CFunction;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Adds a block of declarations to the header that declares a function: a type, static
 * inline functions, a comment. The block goes after the group of lines holding the
 * function's prototype (up to the next blank line or preprocessor line), set off by a
 * blank line.
 */
public final class AddDeclarations implements Rewriter {
    private final String anchor;
    private final String text;

    /** {@code text} is the whole block, ending with a newline. */
    public AddDeclarations(String anchor, String text) {
        this.anchor = anchor;
        this.text = text.endsWith("\n") ? text : text + "\n";
    }

    @Override
    public String displayName() {
        return "Add declarations after the prototype of " + anchor + "()";
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(anchor);
    }

    @Override
    public void plan(PlanContext ctx) {
        var prototypes = ctx.index().functions(anchor).stream()
                .filter(lf -> !lf.node().isDefinition() && lf.path().endsWith(".h")).toList();
        if (prototypes.isEmpty()) {
            ctx.noTarget("no prototype of " + anchor + "() in a header to add declarations after"
                    + ctx.index().nearestFunction(anchor));
            return;
        }
        for (Located<CFunction> lf : prototypes) {
            String t = lf.unit().text();
            if (t.contains(text)) {
                ctx.site(lf.node().nameSpan(), "the declarations are there already");
                continue;
            }
            int at = Layout.nextLineStart(t, lf.node().span().end());
            while (at < t.length() && !t.substring(at, Layout.nextLineStart(t, at)).isBlank()
                    && t.charAt(at) != '#') {
                at = Layout.nextLineStart(t, at);
            }
            ctx.edit(TextEdit.insert(lf.path(), at, "\n" + text, displayName()));
            ctx.site(lf.node().nameSpan(), "declarations added after the group holding " + anchor + "()");
        }
    }
}

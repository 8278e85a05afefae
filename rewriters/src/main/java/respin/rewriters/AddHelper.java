package respin.rewriters;

import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.model.CCall;
import respin.core.model.CFunction;
import respin.core.parse.CSourceParser;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Adds a new function right after an existing one (after its export, exported the
 * same way) and its prototype right after each prototype of that function.
 */
public final class AddHelper implements Rewriter {
    private final String anchor;
    private final String definition;
    private final String name;
    private final String prototype;
    private final String stubReturn;

    /** {@code definition} is the whole function, head and body, ending with a newline. */
    public AddHelper(String anchor, String definition) {
        this.anchor = anchor;
        this.definition = definition.endsWith("\n") ? definition : definition + "\n";
        var unit = CSourceParser.parse("<helper>", this.definition);
        CFunction f = unit.functions().get(0);
        this.name = f.name();
        this.prototype = this.definition.substring(0, f.paramsSpan().end() + 1) + ";";
        this.stubReturn = stubReturn(f.returnType());
    }

    /**
     * What a stub of the helper returns: nothing, {@code NULL} or {@code false}; null when
     * only a human can say (an error code? zero?).
     */
    private static String stubReturn(String returnType) {
        String t = returnType.strip();
        if (t.endsWith("*")) {
            return "\treturn NULL;\n";
        }
        return switch (t) {
            case "void" -> "";
            case "bool" -> "\treturn false;\n";
            default -> null;
        };
    }

    /**
     * The anchor has a {@code static inline} stub for configurations without it: the
     * helper gets one too, right after it.
     */
    private void stub(PlanContext ctx, Located<CFunction> anchorStub) {
        if (stubReturn == null) {
            ctx.leftover(anchorStub.node().nameSpan(), anchor + "() has a stub here; write one for " + name
                    + "(), respin cannot tell what it should return");
            return;
        }
        String text = anchorStub.unit().text();
        int at = Layout.nextLineStart(text, anchorStub.node().span().end());
        ctx.edit(TextEdit.insert(anchorStub.path(), at, "\nstatic inline " + prototype.substring(0,
                prototype.length() - 1) + "\n{\n" + stubReturn + "}\n", displayName()));
        ctx.site(anchorStub.node().nameSpan(), "stub of " + name + "() added after " + anchor + "()'s");
    }

    @Override
    public String displayName() {
        return "Add " + name + "() after " + anchor + "()";
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(anchor, name);
    }

    @Override
    public Set<String> adds() {
        return Set.of(name);
    }

    @Override
    public void plan(PlanContext ctx) {
        if (!ctx.index().definitions(name).isEmpty()) {
            ctx.site(ctx.index().definitions(name).get(0).node().nameSpan(), name + "() exists already");
            return;
        }
        var defs = ctx.index().definitions(anchor);
        if (defs.isEmpty()) {
            ctx.noTarget("no definition of " + anchor + "() to add " + name + "() after"
                    + ctx.index().nearestFunction(anchor));
            return;
        }
        boolean hasReal = defs.stream().anyMatch(d -> !d.node().isStaticInline());
        for (Located<CFunction> lf : defs) {
            if (hasReal && lf.node().isStaticInline()) {
                stub(ctx, lf);
                continue;
            }
            String text = lf.unit().text();
            int at = Layout.nextLineStart(text, lf.node().span().end());
            String export = "";
            for (CCall c : lf.unit().calls()) {
                if (c.callee().startsWith("EXPORT_SYMBOL") && c.args().size() == 1
                        && c.args().get(0).text().equals(anchor) && c.span().start() >= lf.node().span().end()
                        && text.substring(lf.node().span().end(), c.span().start()).isBlank()) {
                    at = Layout.nextLineStart(text, c.span().end());
                    export = c.callee() + "(" + name + ");\n";
                }
            }
            ctx.edit(TextEdit.insert(lf.path(), at, "\n" + definition + export, displayName()));
            ctx.site(lf.node().nameSpan(), name + "() added after " + anchor + "()"
                    + (export.isEmpty() ? "" : ", exported like it"));
        }
        for (Located<CFunction> lf : ctx.index().functions(anchor)) {
            if (lf.node().isDefinition()) {
                continue;
            }
            String text = lf.unit().text();
            int at = Layout.nextLineStart(text, lf.node().span().end());
            String indent = Layout.indentation(text, lf.node().span().start());
            ctx.edit(TextEdit.insert(lf.path(), at, indent + prototype + "\n", displayName()));
            ctx.site(lf.node().span(), "prototype of " + name + "() added after " + anchor + "()'s");
        }
    }
}

package respin.rewriters;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.index.TypeResolver;
import respin.core.model.CCall;
import respin.core.model.CDocTag;
import respin.core.model.CFunction;
import respin.core.model.CParameter;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CFile;
import respin.core.model.tree.CFunctionDefinition;
import respin.core.model.tree.CIdentifier;
import respin.core.model.tree.CInvocation;
import respin.core.model.tree.COpaqueExpression;
import respin.core.model.tree.COpaqueStatement;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;
import respin.core.plan.TypeChange;

/**
 * Changes the type (and optionally the name) of one parameter of a function in its
 * definition, every prototype and every {@code static inline} stub, and in the
 * function pointers that hold the function ({@code fn = symbol_get(f)}).
 *
 * <p>When the parameter is renamed, the definition can get a conversion local
 * ({@code struct kvm *kvm = file_to_kvm(file);}) so that its body keeps working
 * on the old type, reference-count calls on the old value can be mapped to calls on
 * the new one ({@code kvm_get_kvm(kvm)} to {@code get_file(file)}), and the
 * kernel-doc {@code @name:} line follows.
 */
public final class ChangeParamType implements Rewriter {
    private final String function;
    private final String param;
    private final String newType;
    private final String newName;
    private final String conversionLocal;
    private final Map<String, String> callMap;
    private final String docDescription;
    private final OldTypeVariant variant;

    /**
     * @param newName         the new name, or null to keep it
     * @param conversionLocal a declaration to add to the definition, or null
     * @param callMap         calls on the old parameter to turn into calls on the new one
     * @param docDescription  new kernel-doc description of the parameter, or null to keep it
     */
    public ChangeParamType(String function, String param, String newType, String newName, String conversionLocal,
            Map<String, String> callMap, String docDescription) {
        this.function = function;
        this.param = param;
        this.newType = newType;
        this.newName = newName;
        this.conversionLocal = conversionLocal;
        this.callMap = Map.copyOf(callMap);
        this.docDescription = docDescription;
        this.variant = null;
    }

    private ChangeParamType(ChangeParamType c, OldTypeVariant variant) {
        this.function = c.function;
        this.param = c.param;
        this.newType = c.newType;
        this.newName = c.newName;
        this.conversionLocal = c.conversionLocal;
        this.callMap = c.callMap;
        this.docDescription = c.docDescription;
        this.variant = variant;
    }

    /**
     * The same change, and where callers only hold the old type, the kernel's way out: the
     * body moves into {@code __function()}, which keeps the old type and which those callers
     * call, and the function becomes a wrapper that converts with {@code conversion}
     * ({@code file_to_kvm}) and calls it. Without such callers nothing differs.
     */
    public ChangeParamType withOldTypeVariant(String conversion) {
        return new ChangeParamType(this, new OldTypeVariant(function, "__" + function, conversion));
    }

    /** Changes only the type. */
    public ChangeParamType(String function, String param, String newType) {
        this(function, param, newType, null, null, Map.of(), null);
    }

    @Override
    public String displayName() {
        return "Change parameter " + param + " of " + function + "() to " + Layout.declaration(newType, name());
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(function);
    }

    private String name() {
        return newName == null ? param : newName;
    }

    @Override
    public void plan(PlanContext ctx) {
        List<Located<CFunction>> all = ctx.index().functions(function);
        if (all.isEmpty()) {
            ctx.noTarget("no function " + function + "() in the tree" + ctx.index().nearestFunction(function));
            return;
        }
        if (all.stream().noneMatch(lf -> lf.node().param(param).isPresent() || lf.node().param(name()).isPresent())) {
            ctx.noTarget(function + "() has no parameter " + param);
            return;
        }
        List<Located<CCall>> oldTypeCallers = List.of();
        if (variant != null) {
            CParameter first = all.stream().map(lf -> lf.node().param(param)).flatMap(Optional::stream).findFirst()
                    .orElse(null);
            oldTypeCallers = first == null || sameType(first.type()) ? List.of()
                    : variant.oldTypeCallers(ctx, first.index(), TypeResolver.normalise(first.type()));
        }
        boolean wrap = !oldTypeCallers.isEmpty();
        Set<Integer> indexes = new LinkedHashSet<>();
        Set<String> headers = new HashSet<>();
        for (Located<CFunction> lf : all) {
            CFunction f = lf.node();
            CParameter p = f.param(param).orElse(null);
            if (p == null) {
                if (f.param(name()).map(q -> sameType(q.type())).orElse(false)) {
                    continue; // already migrated
                }
                ctx.leftover(f.nameSpan(), function + "() has no parameter " + param);
                continue;
            }
            if (sameType(p.type()) && (newName == null || newName.equals(param))) {
                continue; // already migrated
            }
            indexes.add(p.index());
            ctx.typeChanged(new TypeChange(TypeChange.Kind.PARAMETER, function, Integer.toString(p.index()), name(),
                    TypeResolver.normalise(p.type()), TypeResolver.normalise(newType), ctx.step()));
            ctx.edit(TextEdit.replace(p.span(), Layout.declaration(newType, name()), displayName()));
            ctx.site(p.span(), (f.isDefinition() ? "definition" : "prototype") + " of " + function + "(): " + param
                    + " becomes " + Layout.declaration(newType, name()));
            if (f.isDefinition() && wrap) {
                variant.definition(ctx, lf, p.index(), name(), displayName());
            } else if (wrap) {
                variant.prototype(ctx, lf, displayName());
            }
            if (f.isDefinition()) {
                body(ctx, lf, !wrap);
            }
            if (headers.add(lf.path())) {
                ForwardDeclaration.ensure(ctx, lf.unit(), p.type(), newType, displayName());
            }
        }
        for (int i : indexes) {
            new FunctionPointerLocals(function, i, newType).plan(ctx);
        }
        oldTypeCallers.forEach(lc -> variant.caller(ctx, lc, displayName()));
    }

    /**
     * How many times the name {@code name} is used in the body: identifier nodes, and the
     * tokens of regions the parser left opaque (there a use cannot be told from a member).
     */
    private static int uses(CFile file, CFunctionDefinition def, String name) {
        int n = 0;
        for (CToken t : def.body().tokens()) {
            if (t.text().equals(name) && (file.parent(t) instanceof CIdentifier || inOpaque(file, t))) {
                n++;
            }
        }
        return n;
    }

    private static boolean inOpaque(CFile file, CTree node) {
        for (CTree p = file.parent(node); p != null; p = file.parent(p)) {
            if (p instanceof COpaqueExpression || p instanceof COpaqueStatement) {
                return true;
            }
        }
        return false;
    }

    private boolean sameType(String type) {
        return TypeResolver.normalise(type).equals(TypeResolver.normalise(newType));
    }

    /** The conversion local and the mapped calls ({@code uses}: the body stays), and the kernel-doc line. */
    private void body(PlanContext ctx, Located<CFunction> lf, boolean uses) {
        CFunction f = lf.node();
        String text = lf.unit().text();
        CFunctionDefinition def = Definitions.of(lf.unit(), f);
        if (def == null || def.body() == null) {
            ctx.leftover(f.nameSpan(), "the body of " + function + "() is not in the syntax tree: its uses of "
                    + param + " are left as they are");
        } else if (uses) {
            int mapped = 0;
            if (newName != null && !callMap.isEmpty()) {
                for (CInvocation c : def.body().find(CInvocation.class, c -> callMap.containsKey(c.name()))) {
                    if (c.arguments().size() != 1 || !(c.argument(0) instanceof CExpression arg)
                            || !arg.isName(param)) {
                        continue;
                    }
                    String to = callMap.get(c.name());
                    mapped++;
                    ctx.edit(TextEdit.replace(c.span(), to + "(" + newName + ")", displayName()));
                    ctx.site(c.span(), c.name() + "(" + param + ") becomes " + to + "(" + newName + ")");
                }
            }
            if (conversionLocal != null && uses(lf.unit().syntax(), def, param) > mapped) {
                new DeclarationInserter(text, lf.path(), f.body()).insert(ctx, conversionLocal, displayName());
            }
        }
        if (newName == null && docDescription == null) {
            return;
        }
        for (CDocTag tag : lf.unit().docTags(f)) {
            if (tag.name().equals(param)) {
                int descStart = tag.span().start() + param.length() + 2;
                String desc = docDescription == null ? text.substring(descStart, tag.span().end())
                        : " " + docDescription;
                ctx.edit(TextEdit.replace(tag.span(), "@" + name() + ":" + desc, displayName()));
                return;
            }
        }
    }
}

package respin.rewriters;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.edit.TextEdit;
import respin.core.index.Located;
import respin.core.index.TypeResolver;
import respin.core.index.WordHit;
import respin.core.model.CCall;
import respin.core.model.CExpr;
import respin.core.model.CFunction;
import respin.core.model.CMemberAccess;
import respin.core.model.CParameter;
import respin.core.model.CTranslationUnit;
import respin.core.model.Span;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;
import respin.core.plan.TypeChange;

/**
 * Makes every use of a retyped value agree with its new type, across the tree.
 *
 * <p>A retyped field that is dereferenced or passed where the old type is wanted gets
 * the conversion ({@code file_to_kvm(vdev->vdev.kvm)}); a value of the old type
 * passed to a retyped parameter is replaced by its declared equivalent
 * ({@code dev->kvm} by {@code dev->kvm_file}) or unwrapped from the conversion. A
 * value that flows unchanged from one step's retyped field into another step's
 * retyped parameter couples the two steps. Anything else is left for a human with
 * the reason.
 */
public final class ConvertAtUse implements Rewriter {
    private static final Pattern TRUTH_BEFORE = Pattern.compile("(!|\\(|\\|\\||&&)\\s*$");
    private static final Pattern TRUTH_AFTER = Pattern.compile("^\\s*(\\)|\\|\\||&&|[=!]=\\s*NULL\\b)");
    /** {@code a->b.c}: group 1 the object, group 2 the operator, group 3 the last member. */
    private static final Pattern MEMBER = Pattern.compile("(.*)(->|\\.)\\s*(\\w+)");
    private static final Pattern COMPARED_AFTER = Pattern.compile("^\\s*[=!]=\\s*([\\w>.\\-]+)");
    private static final Pattern COMPARED_BEFORE = Pattern.compile("([\\w>.\\-]+)\\s*[=!]=\\s*$");
    private static final Pattern ASSIGNED_FROM = Pattern.compile("(?s)^\\s*=\\s*([^;]*);");
    private static final Pattern ASSIGNED_TO = Pattern.compile("(?s)([\\w>.\\-]+)\\s*=\\s*$");
    /** The value ends where the statement or initializer does: {@code x = v;}, {@code a = v, b}. */
    private static final Pattern ENDS_VALUE = Pattern.compile("^\\s*[;,]");
    private static final Pattern RETURNED = Pattern.compile("\\breturn\\s*$");
    private static final Pattern LEADING_NAME = Pattern.compile("^(\\w+)");
    private static final Pattern ONE_ARG_CALL = Pattern.compile("(\\w+)\\s*\\(\\s*([^(),]+?)\\s*\\)");

    private final String oldType;
    private final String newType;
    private final String conversion;
    private final Map<String, String> equivalents;
    private final Map<String, String> references;
    private final Pattern converted;

    /**
     * @param conversion  function from the new type to the old one ({@code file_to_kvm})
     * @param equivalents {@code "struct kvm_device.kvm" -> "kvm_file"}: a member of the
     *                    old type with a sibling of the new type that holds the same thing
     * @param references  reference-count calls mapped from the old type to the new one
     *                    ({@code kvm_get_kvm -> get_file}): {@code x = kvm_get_kvm(p)} on a
     *                    retyped {@code p} becomes a value of the new type
     */
    public ConvertAtUse(String oldType, String newType, String conversion, Map<String, String> equivalents,
            Map<String, String> references) {
        this.oldType = TypeResolver.normalise(oldType);
        this.newType = TypeResolver.normalise(newType);
        this.conversion = conversion;
        this.equivalents = Map.copyOf(equivalents);
        this.references = Map.copyOf(references);
        this.converted = Pattern.compile(Pattern.quote(conversion) + "\\s*\\((.*)\\)");
    }

    @Override
    public String displayName() {
        return "Convert uses of " + oldType + " values that became " + newType;
    }

    @Override
    public Set<String> identifiers() {
        return Set.of(conversion);
    }

    @Override
    public void plan(PlanContext ctx) {
        List<TypeChange> changes = ctx.typeChanges().stream()
                .filter(c -> c.oldType().equals(oldType) && c.newType().equals(newType)).toList();
        for (CTranslationUnit u : ctx.index().units()) {
            for (CMemberAccess a : u.accesses()) {
                fieldUses(ctx, u, a, changes);
            }
        }
        Set<String> seen = new HashSet<>();
        for (TypeChange c : changes) {
            if (c.kind() == TypeChange.Kind.PARAMETER && seen.add(c.owner() + "#" + c.member())) {
                arguments(ctx, c);
                parameterUses(ctx, c);
            }
        }
    }

    /**
     * Uses of a retyped parameter that keeps its name, inside its function: dereferenced
     * or passed where the old type is wanted, it gets the conversion like a retyped field.
     * (A renamed parameter keeps the old name as a converted local instead.)
     */
    private void parameterUses(PlanContext ctx, TypeChange c) {
        if (c.owner().contains("::")) {
            return;
        }
        int k = Integer.parseInt(c.member());
        for (Located<CFunction> lf : ctx.index().definitions(c.owner())) {
            CFunction f = lf.node();
            if (f.params().size() <= k || !c.name().equals(f.params().get(k).name())) {
                continue;
            }
            CTranslationUnit u = lf.unit();
            for (WordHit h : WordHit.in(u.text(f.body().span()), Set.of(c.name()))) {
                int at = f.body().span().start() + h.start();
                Span use = u.lines().span(at, at + c.name().length());
                if (h.where() != WordHit.Where.CODE || isMember(u.text(), at)
                        || f.localsBefore(at).stream().anyMatch(d -> c.name().equals(d.name()))
                        || ctx.isReplaced(use) || ctx.isEdited(use) || ctx.hasSite(use)) {
                    continue;
                }
                String after = u.text().substring(use.end(), Math.min(u.text().length(), use.end() + 3)).strip();
                classify(ctx, u, use, c, after.startsWith("->"));
            }
        }
    }

    /** True when the name at {@code at} is a member ({@code x->kvm}, {@code x.kvm}), not a variable. */
    private static boolean isMember(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '>' && i > 0 && text.charAt(i - 1) == '-');
    }

    private void fieldUses(PlanContext ctx, CTranslationUnit u, CMemberAccess a, List<TypeChange> changes) {
        TypeResolver types = ctx.types();
        Optional<String> type = types.typeOf(u, a.span().start(), a.base());
        for (int i = 0; i < a.members().size() && type.isPresent(); i++) {
            String tag = TypeResolver.tag(type.get());
            String member = a.members().get(i);
            Optional<TypeChange> change = changes.stream().filter(c -> c.kind() == TypeChange.Kind.FIELD
                    && c.owner().equals(tag) && c.member().equals(member)).findFirst();
            if (change.isPresent()) {
                Span use = u.lines().span(a.span().start(), a.prefixEnds().get(i));
                if (!ctx.isReplaced(use)) {
                    classify(ctx, u, use, change.get(), i < a.members().size() - 1);
                }
            }
            type = types.memberType(type.get(), member);
        }
    }

    private void classify(PlanContext ctx, CTranslationUnit u, Span use, TypeChange change, boolean dereferenced) {
        String expr = u.text(use);
        String step = change.step();
        if (dereferenced) {
            wrap(ctx, use, expr, step, "dereferenced");
            return;
        }
        for (CCall call : u.calls()) {
            List<CExpr> args = call.args();
            for (int k = 0; k < args.size(); k++) {
                if (args.get(k).span().equals(use)) {
                    argument(ctx, u, call, k, use, expr, step);
                    return;
                }
            }
        }
        String before = u.text().substring(Math.max(0, use.start() - 40), use.start());
        String after = u.text().substring(use.end(), Math.min(u.text().length(), use.end() + 40));
        if (TRUTH_BEFORE.matcher(before).find() && TRUTH_AFTER.matcher(after).find()
                || after.matches("(?s)^\\s*[=!]=\\s*NULL\\b.*")) {
            ctx.site(step, use, expr + " tested for NULL: unchanged");
            return;
        }
        Matcher cmpAfter = COMPARED_AFTER.matcher(after);
        Matcher cmpBefore = COMPARED_BEFORE.matcher(before);
        if (cmpAfter.find() && isNewTyped(ctx, u, use.start(), cmpAfter.group(1))
                || cmpBefore.find() && isNewTyped(ctx, u, use.start(), cmpBefore.group(1))) {
            ctx.site(step, use, expr + " compared with another " + newType + ": the same VM either way, unchanged");
            return;
        }
        Matcher assign = ASSIGNED_FROM.matcher(after);
        if (assign.find() && !after.startsWith("==")) {
            String rhs = assign.group(1).strip();
            if (rhs.equals("NULL") || isNewTyped(ctx, u, use.start(), rhs)) {
                ctx.site(step, use, expr + " = " + rhs + ": both sides are " + newType);
                return;
            }
            Matcher ref = ONE_ARG_CALL.matcher(rhs);
            if (ref.matches() && references.containsKey(ref.group(1))
                    && isNewTyped(ctx, u, use.start(), ref.group(2))) {
                ctx.site(step, use, expr + " = " + rhs + ": " + ref.group(1) + "() becomes "
                        + references.get(ref.group(1)) + "(), both sides are " + newType);
                return;
            }
        }
        Matcher lhs = ASSIGNED_TO.matcher(before);
        if (lhs.find()) {
            String target = lhs.group(1);
            if (isNewTyped(ctx, u, use.start(), target)) {
                ctx.site(step, use, target + " = " + expr + ": both sides are " + newType);
                return;
            }
            if (ENDS_VALUE.matcher(after).find()
                    && ctx.types().typeOf(u, use.start(), target).filter(oldType::equals).isPresent()) {
                wrap(ctx, use, expr, step, "stored in " + target + ", a " + oldType);
                return;
            }
        }
        CFunction f = u.enclosingFunction(use.start());
        if (f != null && RETURNED.matcher(before).find() && ENDS_VALUE.matcher(after).find()
                && TypeResolver.normalise(f.returnType()).equals(oldType)) {
            wrap(ctx, use, expr, step, "returned from " + f.name() + "(), which returns " + oldType);
            return;
        }
        ctx.leftover(use, expr + " is now " + newType + "; respin cannot tell what this use needs");
    }

    private void argument(PlanContext ctx, CTranslationUnit u, CCall call, int k, Span use, String expr, String step) {
        Optional<TypeChange> param = paramChange(ctx, u, call, k);
        if (param.isPresent()) {
            ctx.site(step, use, expr + " passed to " + call.callee() + "(), whose parameter is " + newType
                    + " too: unchanged");
            ctx.couple(step, param.get().step(), use.file(), call.callee());
            return;
        }
        Optional<String> wanted = paramType(ctx, u, call, k);
        if (wanted.isPresent() && wanted.get().equals(oldType)) {
            wrap(ctx, use, expr, step, "passed to " + call.callee() + "(), which wants " + oldType);
        } else if (wanted.isEmpty()) {
            ctx.leftover(use, expr + " (now " + newType + ") is passed to " + call.callee()
                    + "(), whose parameter type respin cannot see");
        } else {
            ctx.leftover(use, expr + " (now " + newType + ") is passed to " + call.callee() + "(), which wants "
                    + wanted.get());
        }
    }

    private void wrap(PlanContext ctx, Span use, String expr, String step, String why) {
        ctx.edit(step, TextEdit.replace(use, conversion + "(" + expr + ")", displayName()));
        ctx.site(step, use, expr + " " + why + ": " + conversion + "(" + expr + ")");
    }

    /** Calls of a retyped parameter with a value of the old type get its equivalent. */
    private void arguments(PlanContext ctx, TypeChange c) {
        int k = Integer.parseInt(c.member());
        List<Located<CCall>> calls = c.owner().contains("::") ? localCalls(ctx, c.owner())
                : ctx.index().callsTo(c.owner());
        for (Located<CCall> lc : calls) {
            CCall call = lc.node();
            if (call.args().size() <= k || ctx.isReplaced(call.span()) || ctx.isReplaced(call.calleeSpan())) {
                continue; // a replaced callee: the call goes elsewhere (an old-type variant)
            }
            CExpr arg = call.args().get(k);
            String a = arg.text();
            CTranslationUnit u = lc.unit();
            if (a.equals("NULL") || isNewTyped(ctx, u, arg.span().start(), a)) {
                if (!MEMBER.matcher(a).matches()) { // field uses were classified above
                    ctx.site(c.step(), arg.span(), a + " passed to " + call.callee() + "()"
                            + (a.equals("NULL") ? "" : ", already " + newType) + ": unchanged");
                }
                continue;
            }
            Optional<String> t = ctx.types().typeOf(u, arg.span().start(), a);
            Matcher m = MEMBER.matcher(a);
            if (t.isPresent() && t.get().equals(oldType) && m.matches()) {
                String tag = ctx.types().typeOf(u, arg.span().start(), m.group(1)).map(TypeResolver::tag).orElse("");
                String eq = equivalents.get(tag + "." + m.group(3));
                if (eq != null) {
                    int at = arg.span().start() + m.start(3);
                    ctx.edit(c.step(), new TextEdit(u.path(), at, at + m.group(3).length(), eq, displayName()));
                    ctx.site(c.step(), arg.span(), a + " passed to " + call.callee() + "(): " + m.group(1)
                            + m.group(2) + eq + " holds the " + newType);
                    continue;
                }
            }
            Matcher unwrap = converted.matcher(a);
            if (unwrap.matches()) {
                ctx.edit(c.step(), TextEdit.replace(arg.span(), unwrap.group(1).strip(), displayName()));
                continue;
            }
            ctx.leftover(arg.span(), a + " (" + t.orElse("type unknown") + ") is passed to " + call.callee()
                    + "(), which now takes " + newType);
        }
    }

    private List<Located<CCall>> localCalls(PlanContext ctx, String owner) {
        String fn = owner.substring(0, owner.indexOf("::"));
        String local = owner.substring(owner.indexOf("::") + 2);
        return ctx.index().definitions(fn).stream().flatMap(lf -> lf.unit().callsTo(local)
                .filter(call -> lf.node().body().span().contains(call.span()))
                .map(call -> new Located<>(lf.unit(), call))).toList();
    }

    private boolean isNewTyped(PlanContext ctx, CTranslationUnit u, int offset, String expr) {
        CFunction f = u.enclosingFunction(offset);
        String e = expr.strip();
        if (f != null && e.matches("\\w+")) {
            for (CParameter p : f.params()) {
                if (e.equals(p.name()) && ctx.paramChange(f.name(), p.index()).isPresent()) {
                    return true;
                }
            }
        }
        Matcher m = MEMBER.matcher(e);
        if (m.matches()) {
            String tag = ctx.types().typeOf(u, offset, m.group(1)).map(TypeResolver::tag).orElse("");
            if (ctx.fieldChange(tag, m.group(3)).isPresent()) {
                return true;
            }
        }
        return ctx.types().typeOf(u, offset, e).map(newType::equals).orElse(false);
    }

    private Optional<TypeChange> paramChange(PlanContext ctx, CTranslationUnit u, CCall call, int k) {
        if (call.direct()) {
            Optional<TypeChange> direct = ctx.paramChange(call.callee(), k);
            if (direct.isPresent()) {
                return direct;
            }
            CFunction f = u.enclosingFunction(call.span().start());
            return f == null ? Optional.empty() : ctx.paramChange(f.name() + "::" + call.callee(), k);
        }
        return Optional.empty();
    }

    private Optional<String> paramType(PlanContext ctx, CTranslationUnit u, CCall call, int k) {
        if (call.direct()) {
            for (Located<CFunction> f : ctx.index().functions(call.callee())) {
                if (f.node().params().size() > k) {
                    return Optional.of(TypeResolver.normalise(f.node().params().get(k).type()));
                }
            }
            return Optional.empty();
        }
        Matcher m = MEMBER.matcher(call.callee());
        if (!m.matches()) {
            return Optional.empty();
        }
        Matcher base = LEADING_NAME.matcher(m.group(1));
        CFunction caller = u.enclosingFunction(call.span().start());
        if (base.find() && caller != null && !caller.declares(base.group(1), call.span().start())) {
            ctx.index().ensureGlobal(base.group(1));
        }
        return ctx.types().typeOf(u, call.span().start(), m.group(1))
                .flatMap(t -> ctx.types().fieldOf(t, m.group(3)))
                .filter(f -> f.declarator().fnParams().size() > k)
                .map(f -> TypeResolver.normalise(f.declarator().fnParams().get(k).type()));
    }
}

package respin.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import respin.core.edit.TextEdit;
import respin.core.index.SymbolIndex;
import respin.core.index.TypeResolver;
import respin.core.model.source.Span;

/**
 * What rewriters see and record while a recipe is planned: the index, the step
 * being planned, and the edits, sites, type changes and leftovers found so far.
 */
public final class PlanContext {
    private final SymbolIndex index;
    private final TypeResolver types;
    private String step;
    private final Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<Leftover> leftovers = new ArrayList<>();
    private final List<TypeChange> typeChanges = new ArrayList<>();
    private final List<Span> replaced = new ArrayList<>();
    private final List<String[]> couplings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> noTargets = new ArrayList<>();
    private final Set<String> widen = new LinkedHashSet<>();

    PlanContext(SymbolIndex index, List<String> stepIds) {
        this.index = index;
        this.types = new TypeResolver(index);
        for (String id : stepIds) {
            edits.put(id, new ArrayList<>());
        }
    }

    public SymbolIndex index() {
        return index;
    }

    public TypeResolver types() {
        return types;
    }

    /** The step the running rewriter belongs to. */
    public String step() {
        return step;
    }

    void enter(String stepId) {
        this.step = stepId;
    }

    public void edit(TextEdit e) {
        edit(step, e);
    }

    /** Marks the reason of an edit made with {@link #editAgain}. */
    static final String AGAIN = " (over an earlier step's edit)";

    /**
     * Records an edit that rewrites exactly the bytes an earlier step's edit replaced (a
     * member moved to an alias, then back): from this step on it takes that edit's place.
     * Any other two edits of the same bytes are a conflict.
     */
    public void editAgain(TextEdit e) {
        edit(step, new TextEdit(e.path(), e.start(), e.end(), e.replacement(), e.why() + AGAIN));
    }

    /** Records an edit for a named step (finishing rewriters attribute each edit to the step that needs it). */
    public void edit(String stepId, TextEdit e) {
        edits.get(stepId).add(new TextEdit(e.path(), e.start(), e.end(), e.replacement(),
                e.why() + " (step " + stepId + ")"));
    }

    public void site(Span span, String decision) {
        site(step, span, decision);
    }

    /**
     * Records a decision; the same decision on the same line of the same step (both sides of
     * {@code group->kvm = kvm}, say, when both are retyped) is recorded once.
     */
    public void site(String stepId, Span span, String decision) {
        boolean known = sites.stream().anyMatch(s -> s.step().equals(stepId) && s.decision().equals(decision)
                && s.span().file().equals(span.file()) && s.span().line() == span.line());
        if (!known) {
            sites.add(new Site(stepId, span, decision));
        }
    }

    /** True when a site has been recorded at exactly {@code span}. */
    public boolean hasSite(Span span) {
        return sites.stream().anyMatch(s -> span.equals(s.span()));
    }

    public void leftover(Span span, String reason) {
        Leftover l = new Leftover(span, reason);
        if (!leftovers.contains(l)) {
            leftovers.add(l);
        }
    }

    /**
     * The running rewriter found nothing to change: {@code no struct foo in the tree
     * (closest: kvm_device)}. The planner makes it an error before anything is written,
     * or a leftover when the recipe marks the change optional.
     */
    public void noTarget(String reason) {
        noTargets.add(reason);
    }

    /** The reasons given by {@link #noTarget} since the last call, which forgets them. */
    List<String> takeNoTargets() {
        List<String> out = List.copyOf(noTargets);
        noTargets.clear();
        return out;
    }

    public void typeChanged(TypeChange change) {
        typeChanges.add(change);
    }

    public List<TypeChange> typeChanges() {
        return List.copyOf(typeChanges);
    }

    public Optional<TypeChange> fieldChange(String tag, String field) {
        return typeChanges.stream().filter(c -> c.kind() == TypeChange.Kind.FIELD && c.owner().equals(tag)
                && c.member().equals(field)).findFirst();
    }

    public Optional<TypeChange> paramChange(String function, int paramIndex) {
        return typeChanges.stream().filter(c -> c.kind() == TypeChange.Kind.PARAMETER && c.owner().equals(function)
                && c.member().equals(Integer.toString(paramIndex))).findFirst();
    }

    /** Marks bytes whose content a rewriter replaces wholesale: other rewriters leave them alone. */
    public void replaced(Span span) {
        replaced.add(span);
    }

    public boolean isReplaced(Span span) {
        return replaced.stream().anyMatch(r -> r.contains(span));
    }

    /** True when an edit recorded so far, in any step, rewrites bytes that hold {@code span}. */
    public boolean isEdited(Span span) {
        return edits.values().stream().flatMap(List::stream).anyMatch(e -> e.path().equals(span.file())
                && e.start() < e.end() && e.start() <= span.start() && span.end() <= e.end());
    }

    /**
     * What an edit recorded so far (the latest, in any step) writes over exactly the bytes of
     * {@code span}, or empty: a later step that rewrites the same bytes again (a member moved
     * to an alias, then back) anchors its edit on the same range.
     */
    public Optional<String> rewrittenTo(Span span) {
        String out = null;
        for (List<TextEdit> es : edits.values()) {
            for (TextEdit e : es) {
                if (e.path().equals(span.file()) && e.start() == span.start() && e.end() == span.end()
                        && e.start() < e.end()) {
                    out = e.replacement();
                }
            }
        }
        return Optional.ofNullable(out);
    }

    /**
     * Two steps that cannot be separated without an intermediate tree that does not
     * build: {@code file} passes a value retyped by one to {@code callee}, retyped by the other.
     */
    public void couple(String stepA, String stepB, String file, String callee) {
        if (!stepA.equals(stepB)) {
            couplings.add(new String[] {stepA, stepB, file, callee});
        }
    }

    /**
     * Every use of {@code name} matters to the running rewriter (the callers of a helper that
     * stores its parameter in a member): the planner loads the files of the tree that name it
     * and plans again, so that a caller the candidate scan did not pick is not missed.
     */
    public void widen(String name) {
        widen.add(name);
    }

    Set<String> widened() {
        return widen;
    }

    public void note(String text) {
        notes.add(text);
    }

    Map<String, List<TextEdit>> edits() {
        return edits;
    }

    List<Site> sites() {
        return sites;
    }

    List<Leftover> leftovers() {
        return leftovers;
    }

    List<String[]> couplings() {
        return couplings;
    }

    List<String> notes() {
        return notes;
    }
}

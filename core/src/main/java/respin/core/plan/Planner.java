package respin.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import respin.core.edit.TextEdit;
import respin.core.index.SymbolIndex;

/**
 * Turns a recipe into a plan over an index: runs each step's rewriters, then the
 * finishing ones, then merges steps that cannot stand apart.
 */
public final class Planner {
    private final SymbolIndex index;

    public Planner(SymbolIndex index) {
        this.index = index;
    }

    /**
     * The plan of {@code recipe}; the index is frozen while it runs (its size does not change).
     * When the plan asks for the files naming a name ({@link PlanContext#widen}) and the index
     * loads some, the recipe is planned again on the wider index, until no new file comes.
     */
    public Plan plan(Recipe recipe) {
        Set<String> asked = new LinkedHashSet<>();
        List<String> loaded = new ArrayList<>();
        while (true) {
            PlanContext ctx = new PlanContext(index, recipe.steps().stream().map(RecipeStep::id).toList());
            Plan plan;
            try (SymbolIndex.Frozen frozen = index.freeze()) {
                plan = planFrozen(recipe, ctx);
            }
            Set<String> fresh = new LinkedHashSet<>(ctx.widened());
            fresh.removeAll(asked);
            asked.addAll(fresh);
            List<String> got = fresh.isEmpty() ? List.of() : index.widen(fresh);
            loaded.addAll(got);
            if (got.isEmpty()) {
                return asked.isEmpty() ? plan : new Plan(plan.recipe(), plan.steps(), plan.sites(),
                        plan.leftovers(), plan.notes(), plan.typeChanges(), new Plan.Widening(List.copyOf(asked),
                        List.copyOf(loaded)));
            }
        }
    }

    private Plan planFrozen(Recipe recipe, PlanContext ctx) {
        List<String> ids = recipe.steps().stream().map(RecipeStep::id).toList();
        List<Miss> misses = new ArrayList<>();
        Map<String, Miss> notAdded = new LinkedHashMap<>();
        for (RecipeStep step : recipe.steps()) {
            ctx.enter(step.id());
            step.rewriters().forEach(r -> run(ctx, RecipeChange.of(r), misses, notAdded));
        }
        ctx.enter(ids.get(ids.size() - 1));
        recipe.finish().forEach(r -> run(ctx, RecipeChange.of(r), misses, notAdded));
        if (!misses.isEmpty()) {
            throw new NoTargetException(misses);
        }
        OpaqueMentions.report(ctx);
        return new Plan(recipe, merge(recipe, ctx), List.copyOf(ctx.sites()), List.copyOf(ctx.leftovers()),
                List.copyOf(ctx.notes()), List.copyOf(ctx.typeChanges()));
    }

    /**
     * Runs one change unless it uses a name that an earlier change failed to add. A change
     * that finds nothing is a miss: an error at the end of planning, or a leftover when the
     * recipe marks it optional.
     */
    private static void run(PlanContext ctx, RecipeChange change, List<Miss> misses, Map<String, Miss> notAdded) {
        String blocked = change.needs().stream().filter(notAdded::containsKey).findFirst().orElse(null);
        List<String> reasons;
        if (blocked != null) {
            reasons = List.of("not done: it uses " + blocked + ", which " + notAdded.get(blocked).change().where()
                    + " did not add");
        } else {
            change.plan(ctx);
            reasons = ctx.takeNoTargets();
        }
        if (reasons.isEmpty()) {
            return;
        }
        Miss miss = new Miss(change, String.join("; ", reasons));
        change.adds().forEach(name -> notAdded.putIfAbsent(name, miss));
        if (change.optional()) {
            ctx.leftover(change.origin(), change.kind() + ": " + miss.reason() + " (optional in the recipe)");
        } else {
            misses.add(miss);
        }
    }

    /** Steps coupled by a site are merged into the earlier one; its subject stays, the bodies join. */
    private static List<PlannedStep> merge(Recipe recipe, PlanContext ctx) {
        Map<String, String> root = new LinkedHashMap<>();
        for (RecipeStep s : recipe.steps()) {
            root.put(s.id(), s.id());
        }
        Map<String, Map<String, Set<String>>> reasons = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(root.keySet());
        for (String[] c : ctx.couplings()) {
            String a = find(root, c[0]);
            String b = find(root, c[1]);
            String keep = order.indexOf(a) <= order.indexOf(b) ? a : b;
            String drop = keep.equals(a) ? b : a;
            if (!keep.equals(drop)) {
                root.put(drop, keep);
            }
            reasons.computeIfAbsent(keep, k -> new LinkedHashMap<>()).computeIfAbsent(c[2],
                    k -> new LinkedHashSet<>()).add(c[3] + "()");
        }
        List<PlannedStep> out = new ArrayList<>();
        for (RecipeStep s : recipe.steps()) {
            if (!find(root, s.id()).equals(s.id())) {
                continue;
            }
            List<TextEdit> edits = new ArrayList<>();
            List<String> merged = new ArrayList<>();
            StringBuilder body = new StringBuilder(s.body().strip());
            for (RecipeStep other : recipe.steps()) {
                if (find(root, other.id()).equals(s.id())) {
                    edits.addAll(ctx.edits().get(other.id()));
                    merged.add(other.id());
                    if (other != s) {
                        body.append("\n\n").append(other.body().strip());
                    }
                }
            }
            Map<String, Set<String>> why = reasons.getOrDefault(s.id(), Map.of());
            if (!why.isEmpty()) {
                List<String> parts = new ArrayList<>();
                why.forEach((file, callees) -> parts.add(file + " passes the retyped value to "
                        + Prose.list(List.copyOf(callees))));
                String reason = String.join("; ", parts);
                body.append("\n\n").append(Prose.wrap("This is one patch so that every commit builds: " + reason
                        + ".", 72));
                ctx.note(Prose.wrap("Steps are merged into \"" + s.subject() + "\" because " + reason + ".", 72));
            }
            if (!edits.isEmpty()) {
                out.add(new PlannedStep(s.id(), s.subject(), body.toString(), List.copyOf(edits), merged));
            }
        }
        return out;
    }

    private static String find(Map<String, String> root, String id) {
        String r = id;
        while (!root.get(r).equals(r)) {
            r = root.get(r);
        }
        return r;
    }
}

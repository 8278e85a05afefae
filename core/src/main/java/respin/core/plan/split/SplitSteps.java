package respin.core.plan.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import respin.core.edit.TextEdit;
import respin.core.plan.Plan;
import respin.core.plan.PlannedStep;
import respin.core.plan.Prose;
import respin.core.plan.RecipeStep;
import respin.core.plan.Split;

/**
 * A plan with its split steps cut into one patch per group of files. Steps keep their order
 * (a step is a phase: its groups never mix with another step's files); within a step the
 * groups follow {@link FileGroup}'s order, so reruns and respins give the same patches with
 * the same ids ({@code step/group-slug}). Each part keeps the step's subject, gets a body
 * naming its group, and the plan gains a note listing the groups with their patch numbers
 * and files, for the cover letter.
 */
public final class SplitSteps {
    private static final int WIDTH = 72;
    /** Continuation lines of a group in the note, within {@link #WIDTH} with it. */
    private static final String INDENT = "    ";

    private SplitSteps() {
    }

    /**
     * {@code plan} with each step split as its recipe step says; {@code groupings} gives the
     * grouping of a split (asked once per kind of split used). A plan without split steps
     * comes back as it is.
     */
    public static Plan apply(Plan plan, Function<Split, FileGrouping> groupings) {
        Map<String, Split> splits = new HashMap<>();
        for (RecipeStep s : plan.recipe().steps()) {
            splits.put(s.id(), s.split());
        }
        if (plan.steps().stream().allMatch(s -> splits.getOrDefault(s.id(), Split.NONE).isNone())) {
            return plan;
        }
        Map<Split, FileGrouping> made = new HashMap<>();
        List<PlannedStep> out = new ArrayList<>();
        List<String> notes = new ArrayList<>(plan.notes());
        for (PlannedStep step : plan.steps()) {
            Split split = splits.getOrDefault(step.id(), Split.NONE);
            if (split.isNone()) {
                out.add(step);
                continue;
            }
            FileGrouping grouping = made.computeIfAbsent(split, groupings);
            Map<FileGroup, List<TextEdit>> groups = new TreeMap<>();
            Map<FileGroup, Set<String>> files = new TreeMap<>();
            Map<String, FileGroup> byPath = new HashMap<>();
            for (TextEdit e : step.edits()) {
                FileGroup g = byPath.computeIfAbsent(e.path(), grouping::groupOf);
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(e);
                files.computeIfAbsent(g, k -> new java.util.LinkedHashSet<>()).add(e.path());
            }
            StringBuilder note = new StringBuilder(Prose.wrap("\"" + step.subject() + "\", split " + how(split)
                    + ", is " + (groups.size() == 1 ? "one patch:" : groups.size() + " patches:"), WIDTH));
            Set<String> ids = new HashSet<>();
            for (Map.Entry<FileGroup, List<TextEdit>> g : groups.entrySet()) {
                FileGroup group = g.getKey();
                String id = step.id() + "/" + group.slug();
                for (int n = 2; !ids.add(id); n++) {
                    id = step.id() + "/" + group.slug() + "-" + n;
                }
                String body = step.body().strip();
                body = (body.isEmpty() ? "" : body + "\n\n") + Prose.wrap("This patch changes the files of "
                        + group.about() + "; the other groups of files have their own patches.", WIDTH);
                out.add(new PlannedStep(id, step.subject(), body, List.copyOf(g.getValue()), step.parts(),
                        group.name()));
                List<String> names = files.get(group).stream().sorted().toList();
                note.append("\n").append(Prose.wrap("patch " + out.size() + ": " + group.name() + " ("
                        + String.join(", ", names) + ")", WIDTH - INDENT.length()).replace("\n", "\n" + INDENT));
            }
            notes.add(note.toString());
        }
        return new Plan(plan.recipe(), List.copyOf(out), plan.sites(), plan.leftovers(), List.copyOf(notes),
                plan.typeChanges(), plan.widening());
    }

    private static String how(Split split) {
        return switch (split.kind()) {
            case BY_MAINTAINER -> "by MAINTAINERS section";
            case BY_DIRECTORY -> "by directory (depth " + split.depth() + ")";
            case NONE -> "";
        };
    }
}

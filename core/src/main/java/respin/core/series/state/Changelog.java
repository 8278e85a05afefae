package respin.core.series.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import respin.core.plan.Prose;

/**
 * The "Changes in vN:" of a respin, computed from two recorded versions instead of remembered:
 * the base that moved, patches merged, split, added or dropped, patches whose diff changed (the
 * same edits in new context, or other edits), sites that upstream added or removed, and hand
 * edits carried over.
 *
 * <p>Patches are paired by what they hold: each recipe step merged into them, within their
 * group of files when the step was split ({@code drivers} of the group
 * {@code gizmo-acme-drivers}). Two patches of a split step never pair, however many recipe
 * steps they share. A patch is named by its subject, with its group (or step id) after it when
 * another patch of either version has the same subject.
 */
public final class Changelog {
    private static final int WIDTH = 72;
    private static final int SITES_PER_FILE = 2;

    private Changelog() {
    }

    /** The fingerprints of a version's patches, by step id. */
    public static Map<String, PatchIds.Ids> byStep(List<PatchRecord> patches, List<PatchIds.Ids> ids) {
        Map<String, PatchIds.Ids> out = new LinkedHashMap<>();
        for (int i = 0; i < patches.size(); i++) {
            out.put(patches.get(i).stepId(), ids.get(i));
        }
        return out;
    }

    /**
     * The bullets (without "- ") from {@code old} to {@code now}.
     *
     * @param oldBase    how to name the old base ({@code commit 8c3bf8c59c70 ("subject")})
     * @param newBase    how to name the new base
     * @param handEdits  subjects of the hand edits carried on top
     */
    public static List<String> between(SeriesVersion old, SeriesVersion now, Map<String, PatchIds.Ids> oldIds,
            Map<String, PatchIds.Ids> newIds, String oldBase, String newBase, List<String> handEdits) {
        List<String> out = new ArrayList<>();
        if (!old.base().equals(now.base())) {
            out.add("Base moved from " + oldBase + " to " + newBase + ".");
        }
        String oldSplit = old.option("split");
        String newSplit = now.option("split");
        if (newSplit != null && !newSplit.equals(oldSplit)) {
            out.add("Every step is split " + newSplit + " (respin rebase --split), no longer "
                    + (oldSplit != null ? oldSplit : "as the recipe says") + ".");
        }
        List<PatchRecord> before = generated(old);
        List<PatchRecord> after = generated(now);
        Names names = new Names(before, after);
        boolean shapeChanged = false;
        for (PatchRecord p : after) {
            List<PatchRecord> from = overlapping(before, p);
            if (from.size() > 1) {
                out.add("Patches " + names.list(from) + " are now one, " + names.of(p) + (regrouped(p, from)
                        ? ": its step is no longer split into groups of files." : ", so that every commit builds."));
                shapeChanged = true;
            } else if (from.isEmpty()) {
                out.add("New patch " + names.of(p) + ".");
                shapeChanged = true;
            } else if (regrouped(p, from)) {
                out.add(names.of(p) + ": its step is no longer split into groups of files.");
                shapeChanged = true;
            }
        }
        for (PatchRecord q : before) {
            List<PatchRecord> to = overlapping(after, q);
            if (to.size() > 1) {
                out.add("Patch " + names.of(q) + " is split into " + names.list(to) + (regrouped(q, to)
                        ? ", one per group of files." : ": its steps no longer need each other to build."));
                shapeChanged = true;
            } else if (to.isEmpty()) {
                out.add("Dropped " + names.of(q) + ": upstream left it nothing to change.");
                shapeChanged = true;
            } else if (regrouped(q, to)) {
                out.add("Patch " + names.of(q) + " is now split into groups of files, all of it in one: "
                        + names.of(to.get(0)) + ".");
                shapeChanged = true;
            }
        }
        int unchanged = 0;
        for (PatchRecord p : after) {
            PatchRecord q = pair(p, before, after);
            PatchIds.Ids o = q == null ? null : oldIds.get(q.stepId());
            PatchIds.Ids n = newIds.get(p.stepId());
            if (o == null || n == null) {
                continue;
            }
            if (o.patchId().equals(n.patchId())) {
                unchanged++;
            } else if (o.editsId().equals(n.editsId())) {
                out.add(names.of(p) + ": the same edits, in context that changed upstream.");
            } else {
                out.add(names.of(p) + ": the edits changed (see the range-diff).");
            }
        }
        Set<String> added = new LinkedHashSet<>(minus(now.sites(), old.sites()));
        Set<String> removed = new LinkedHashSet<>(minus(old.sites(), now.sites()));
        sites(out, added, "New site from upstream: ", " new sites from upstream");
        sites(out, removed, "Site gone upstream: ", " sites gone upstream");
        handEdits.forEach(s -> out.add("Hand edit \"" + s + "\" carried over on top."));
        if (!shapeChanged && unchanged == after.size() && added.isEmpty() && removed.isEmpty()) {
            out.add("No change in the patches: only the base moved.");
        }
        return out;
    }

    /** "Changes in vN:" sections of {@code versions} that have any, newest first, bullets wrapped at 72. */
    public static String render(List<SeriesVersion> versions) {
        StringBuilder sb = new StringBuilder();
        for (int i = versions.size() - 1; i >= 0; i--) {
            SeriesVersion v = versions.get(i);
            if (v.changes().isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("Changes in v").append(v.number()).append(":\n");
            for (String c : v.changes()) {
                sb.append("- ").append(Prose.wrap(c, WIDTH - 2).replace("\n", "\n  ")).append('\n');
            }
        }
        return sb.toString();
    }

    /** One bullet per site, or per file when a file has more than {@link #SITES_PER_FILE}. */
    private static void sites(List<String> out, Set<String> sites, String one, String many) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String s : sites) {
            int colon = s.indexOf(": ");
            byFile.computeIfAbsent(colon < 0 ? s : s.substring(0, colon), k -> new ArrayList<>()).add(s);
        }
        byFile.forEach((file, l) -> {
            if (l.size() <= SITES_PER_FILE) {
                l.forEach(s -> out.add(one + s));
            } else {
                out.add(file + ": " + l.size() + many + ".");
            }
        });
    }

    /** The patches respin made (hand edits carried over are not among them). */
    public static List<PatchRecord> generated(SeriesVersion v) {
        return v.patches().stream().filter(p -> !p.isHandEdit()).toList();
    }

    /** The patches of {@code in} that hold some of what {@code p} holds. */
    private static List<PatchRecord> overlapping(List<PatchRecord> in, PatchRecord p) {
        return in.stream().filter(o -> o.parts().stream().anyMatch(step -> p.parts().contains(step)
                && sameGroup(o.groupSlug(), p.groupSlug()))).toList();
    }

    /**
     * The patch of {@code before} that {@code p} (of {@code after}) continues: the one with its
     * step id, else the only one it overlaps if that overlaps only {@code p}; null when none.
     */
    private static PatchRecord pair(PatchRecord p, List<PatchRecord> before, List<PatchRecord> after) {
        for (PatchRecord q : before) {
            if (q.stepId().equals(p.stepId())) {
                return q;
            }
        }
        List<PatchRecord> from = overlapping(before, p);
        return from.size() == 1 && overlapping(after, from.get(0)).size() == 1 ? from.get(0) : null;
    }

    /** Whether {@code one} and {@code many} hold the same steps, {@code one} whole and {@code many} its groups. */
    private static boolean regrouped(PatchRecord one, List<PatchRecord> many) {
        return one.groupSlug() == null && many.stream().allMatch(p -> p.parts().equals(one.parts())
                && p.groupSlug() != null);
    }

    /** Two groups of the same step share files when they are one group, or one of them is the whole step. */
    private static boolean sameGroup(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /** How the bullets name patches: by subject, and by group too where a version repeats a subject. */
    private static final class Names {
        private final Set<String> repeated = new HashSet<>();

        Names(List<PatchRecord> before, List<PatchRecord> after) {
            for (List<PatchRecord> l : List.of(before, after)) {
                Set<String> seen = new HashSet<>();
                l.stream().filter(p -> !seen.add(p.subject())).forEach(p -> repeated.add(p.subject()));
            }
        }

        /** {@code "subject"}, or {@code "subject" (GROUP)} when a version has more than one patch so named. */
        String of(PatchRecord p) {
            String quoted = "\"" + p.subject() + "\"";
            if (!repeated.contains(p.subject())) {
                return quoted;
            }
            String group = p.groupLabel();
            return quoted + " (" + (group != null ? group : "step " + p.stepId()) + ")";
        }

        String list(List<PatchRecord> l) {
            return Prose.list(l.stream().map(this::of).toList());
        }
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (!rest.remove(s)) {
                out.add(s);
            }
        }
        return out;
    }
}

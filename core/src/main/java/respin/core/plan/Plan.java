package respin.core.plan;

import java.util.List;

/**
 * What a recipe does to a tree: steps with their edits, every site looked at, what is
 * left for a human, the fields and parameters whose type changes, and the files the plan
 * loaded beyond the candidate scan ({@link Widening}).
 */
public record Plan(Recipe recipe, List<PlannedStep> steps, List<Site> sites, List<Leftover> leftovers,
        List<String> notes, List<TypeChange> typeChanges, Widening widening) {

    /** A plan that loaded no file beyond the candidate scan. */
    public Plan(Recipe recipe, List<PlannedStep> steps, List<Site> sites, List<Leftover> leftovers,
            List<String> notes, List<TypeChange> typeChanges) {
        this(recipe, steps, sites, leftovers, notes, typeChanges, Widening.NONE);
    }

    /**
     * The files a plan loaded beyond the candidate scan: {@code names} are the names whose
     * every use mattered to it (a register helper that stores its parameter in the member),
     * {@code files} the files naming one of them that the scan had not picked, in load order.
     */
    public record Widening(List<String> names, List<String> files) {
        /** A plan that asked for no name. */
        public static final Widening NONE = new Widening(List.of(), List.of());

        /**
         * {@code widened: 1 file beyond the candidate scan names sprocket_i2c_add()}, or
         * {@code widened: no name asked for more files than the candidate scan's}.
         */
        @Override
        public String toString() {
            if (names.isEmpty()) {
                return "widened: no name asked for more files than the candidate scan's";
            }
            String which = String.join("(), ", names) + "()";
            return "widened: " + files.size() + (files.size() == 1 ? " file" : " files")
                    + " beyond the candidate scan " + (files.size() == 1 ? "names " : "name ") + which;
        }
    }
}

package respin.core.pipeline;

import org.eclipse.jgit.lib.ObjectId;
import respin.core.series.state.SeriesState;

/**
 * What {@link SeriesStatus} found: the recorded {@code state}; {@code handEdits} commits added on
 * the last version's branch; the commit {@code onto} names and how to name it and the last base
 * ({@code commit 8c3bf8c59c70 ("subject")}, the base with {@code , N commits behind}); and, for a
 * respin there, {@code patches} patches of which {@code changed} differ and {@code dropped}
 * recorded ones disappear ({@code nothingToDo}: the recipe finds nothing there).
 */
public record StatusReport(SeriesState state, int handEdits, ObjectId onto, String ontoCommit, String baseCommit,
        boolean nothingToDo, int patches, int changed, int dropped) {

    /** Whether the last version sits on {@code onto}. */
    public boolean baseMoved() {
        return !onto.equals(state.latest().base());
    }

    public boolean upToDate() {
        return changed == 0 && dropped == 0;
    }
}

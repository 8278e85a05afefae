package respin.core.pipeline;

import java.util.List;
import respin.core.series.state.SeriesVersion;

/**
 * What {@link RebaseSeries} did with series {@code name}: nothing (the recipe finds nothing to do
 * at the new base), nothing because the last version {@code last} is up to date, or version
 * {@code number} written ({@code report}) with its "Changes in" bullets.
 */
public record RebaseOutcome(Kind kind, String name, SeriesVersion last, int number, SeriesRun run,
        SeriesReport report, List<String> changes) {
    /** Which of the three. */
    public enum Kind { NOTHING_TO_DO, UP_TO_DATE, WRITTEN }

    public RebaseOutcome {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}

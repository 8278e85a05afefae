package respin.core.pipeline;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import respin.core.check.checkpatch.CheckpatchScript;
import respin.core.progress.RunProgress;
import respin.core.scan.ScanCache;

/**
 * How a series run works around the recipe: the scan {@code cache} to ask and fill (none when
 * null), who hears each phase ({@code progress}), the time limit of the tree's checkpatch.pl and
 * who hears one line when it is stopped ({@code notes}).
 */
public record RunSettings(ScanCache cache, RunProgress progress, Duration checkpatchTimeout,
        Consumer<String> notes) {
    /** No cache, no progress, checkpatch.pl's default limit, notes dropped. */
    public static final RunSettings DEFAULT = new RunSettings(null, RunProgress.silent(),
            CheckpatchScript.DEFAULT_TIMEOUT, line -> { });

    public RunSettings {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(checkpatchTimeout, "checkpatchTimeout");
        Objects.requireNonNull(notes, "notes");
    }
}

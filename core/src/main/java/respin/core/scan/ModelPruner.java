package respin.core.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the model cache keeps, and for how long. Each build of respin has its folder (one per
 * model version) with a marker file, {@value #IN_USE}, whose time every run of that build sets on
 * its first read or write. Another build's folder is removed only when its marker (or, for a
 * folder without one, the folder itself) is older than {@link #OTHER_BUILD}: builds sharing one
 * cache (two checkouts of respin, an old jar beside a new one) keep each other's models while
 * they are used. Within a build's folder, an entry's file time is its last use (a hit sets it
 * again when it is a day old); an entry unused for {@link #UNUSED} goes, and when the entries
 * take more than {@code maxBytes} the least recently used go until three quarters of it remain.
 * The walk runs at the first write of a run, and at most once a day per folder (marker
 * {@value #PRUNED}), so most runs pay one look at a marker's time.
 */
final class ModelPruner {
    /** A build whose folder no run has used for this long is gone, with its models. */
    static final Duration OTHER_BUILD = Duration.ofDays(7);
    /** An entry no run has read or written for this long is removed. */
    static final Duration UNUSED = Duration.ofDays(30);
    /** The default bound of one build's entries: about 15,000 files' models. */
    static final long MAX_BYTES = 1L << 30;
    static final String IN_USE = "in-use";
    static final String PRUNED = "pruned";
    private static final Duration DAY = Duration.ofDays(1);

    private final Path root;
    private final Path dir;
    private final Clock clock;
    private final long maxBytes;
    private boolean marked;
    private boolean pruned;

    /** Upkeep of {@code dir}, one build's folder under {@code root}, with the time of {@code clock}. */
    ModelPruner(Path root, Path dir, Clock clock, long maxBytes) {
        this.root = root;
        this.dir = dir;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Once per run, when the folder exists: sets the time of its {@value #IN_USE} marker to now. */
    synchronized void markUsed() {
        if (marked || !Files.isDirectory(dir)) {
            return;
        }
        marked = true;
        touch(dir.resolve(IN_USE));
    }

    /** Sets the time of an entry that was just read, when it is a day old (so a run's hits cost no writes). */
    void used(Path entry) {
        try {
            if (Files.getLastModifiedTime(entry).toInstant().isBefore(clock.instant().minus(DAY))) {
                Files.setLastModifiedTime(entry, now());
            }
        } catch (IOException e) {
            // a time not set only makes the entry look older
        }
    }

    /**
     * Before the first write of a run: removes the folders of builds unused for {@link #OTHER_BUILD}
     * and, once a day, this folder's entries unused for {@link #UNUSED} or beyond the size bound,
     * each with a note.
     */
    synchronized void prune(Consumer<String> notes) {
        if (pruned) {
            return;
        }
        pruned = true;
        try {
            sweepOthers(notes);
            Files.createDirectories(dir); // about to be written: a new folder counts as pruned today
            Path marker = dir.resolve(PRUNED);
            if (!Files.exists(marker) || older(marker, DAY)) {
                pruneEntries(notes);
                touch(marker);
            }
        } catch (IOException | UncheckedIOException e) {
            notes.accept("model cache: cannot prune " + root + ": " + e.getMessage());
        }
    }

    private void sweepOthers(Consumer<String> notes) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> others;
        try (Stream<Path> s = Files.list(root)) {
            others = s.filter(p -> !p.equals(dir) && Files.isDirectory(p)).toList();
        }
        for (Path other : others) {
            Path marker = other.resolve(IN_USE);
            if (!older(Files.exists(marker) ? marker : other, OTHER_BUILD)) {
                continue; // another build uses it: its models stay
            }
            long n;
            try (Stream<Path> all = Files.walk(other)) {
                List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
                n = paths.stream().filter(p -> p.toString().endsWith(".unit")).count();
                for (Path p : paths) {
                    Files.deleteIfExists(p);
                }
            }
            notes.accept("model cache: removed " + n + " models of another respin build, unused for "
                    + OTHER_BUILD.toDays() + " days (" + other + ")");
        }
    }

    private void pruneEntries(Consumer<String> notes) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        record Entry(Path path, long time, long size) {
        }
        List<Entry> entries = new ArrayList<>();
        long oldest = clock.millis() - UNUSED.toMillis();
        long total = 0;
        int unused = 0;
        try (Stream<Path> s = Files.walk(dir, 2)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                long time = Files.getLastModifiedTime(p).toMillis();
                if (name.endsWith(".tmp") && time < clock.millis() - DAY.toMillis()) {
                    Files.deleteIfExists(p); // a write a killed run left
                } else if (name.endsWith(".unit") && time < oldest) {
                    Files.deleteIfExists(p);
                    unused++;
                } else if (name.endsWith(".unit")) {
                    long size = Files.size(p);
                    entries.add(new Entry(p, time, size));
                    total += size;
                }
            }
        }
        int over = 0;
        if (total > maxBytes) {
            entries.sort(Comparator.comparingLong(Entry::time));
            for (Entry e : entries) {
                if (total <= maxBytes / 4 * 3) {
                    break;
                }
                Files.deleteIfExists(e.path());
                total -= e.size();
                over++;
            }
        }
        if (unused + over > 0) {
            notes.accept("model cache: removed " + unused + " models unused for " + UNUSED.toDays() + " days and "
                    + over + " least recently used beyond " + (maxBytes >> 20) + " MiB (" + dir + ")");
        }
    }

    private boolean older(Path p, Duration age) throws IOException {
        return Files.getLastModifiedTime(p).toInstant().isBefore(clock.instant().minus(age));
    }

    private FileTime now() {
        return FileTime.from(clock.instant());
    }

    private void touch(Path marker) {
        try {
            if (!Files.exists(marker)) {
                Files.createFile(marker);
            }
            Files.setLastModifiedTime(marker, now());
        } catch (IOException e) {
            // a marker not set only makes this build's folder look unused sooner
        }
    }
}

package respin.core.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a run is and where its time went: the current phase (scan, parse, index, plan,
 * format, checks…), the wall time spent in each, and counts of files scanned, read,
 * parsed and sites found. Phases nest by hand: {@link #phase} returns the phase it
 * leaves, so a parse started from the index can hand the clock back afterwards.
 * Counters are safe to bump from several threads; phases belong to the calling thread
 * that drives the run.
 */
public final class RunProgress {
    private final ProgressListener listener;
    private final long start = System.nanoTime();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final AtomicInteger scanned = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger sites = new AtomicInteger();
    private final AtomicInteger patchesDone = new AtomicInteger();
    private volatile int patches;
    private final java.util.List<String> details = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String phase = "start";
    private volatile int toScan;
    private long since = start;

    public RunProgress(ProgressListener listener) {
        this.listener = listener;
    }

    /** A run nobody listens to. */
    public static RunProgress silent() {
        return new RunProgress(null);
    }

    /** Enters {@code name}; returns the phase left, to go back to with another call. */
    public synchronized String phase(String name) {
        long now = System.nanoTime();
        nanos.merge(phase, now - since, Long::sum);
        since = now;
        String was = phase;
        phase = name;
        changed();
        return was;
    }

    public String phase() {
        return phase;
    }

    /** The scan is about to look at {@code total} files. */
    public void toScan(int total) {
        toScan = total;
        changed();
    }

    public void scanned(int files) {
        scanned.addAndGet(files);
        changed();
    }

    public void parsed(int files) {
        parsed.addAndGet(files);
        changed();
    }

    public void sites(int found) {
        sites.set(found);
        changed();
    }

    /** The series has {@code total} patches; {@link #patchDone()} counts them through the current phase. */
    public void patches(int total) {
        patches = total;
        patchesDone.set(0);
        changed();
    }

    /** One more patch of the current phase is done (committed, formatted, written, checked). */
    public void patchDone() {
        patchesDone.incrementAndGet();
        changed();
    }

    /** Patches of the series (0 before they are known). */
    public int patches() {
        return patches;
    }

    /** Patches done in the current phase. */
    public int patchesDone() {
        return patchesDone.get();
    }

    public void note(String message) {
        if (listener != null) {
            listener.note(message);
        }
    }

    /** A fact about the run worth a line under {@code --verbose} (what a cache did, where files came from). */
    public void detail(String fact) {
        details.add(fact);
    }

    public java.util.List<String> details() {
        return java.util.List.copyOf(details);
    }

    public int scanned() {
        return scanned.get();
    }

    public int toScan() {
        return toScan;
    }

    public int parsed() {
        return parsed.get();
    }

    public int sites() {
        return sites.get();
    }

    /** Seconds since the run began. */
    public double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds spent in each phase so far, in the order the phases first came. */
    public synchronized Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1e9));
        out.merge(phase, (System.nanoTime() - since) / 1e9, Double::sum);
        return out;
    }

    /** One line: each phase with its seconds, then the counts, e.g. for {@code --verbose}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        seconds().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k)
                .append(String.format(" %.2f s", v)));
        sb.append(String.format("; total %.2f s; %d files scanned, %d parsed", elapsed(), scanned(), parsed()));
        return sb.toString();
    }

    private void changed() {
        if (listener != null) {
            listener.changed(this);
        }
    }
}

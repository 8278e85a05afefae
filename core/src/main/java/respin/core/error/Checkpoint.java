package respin.core.error;

/**
 * Named points of a run where a test can hold it, to interrupt it there: when the environment
 * variable {@code RESPIN_PAUSE_AT} names the point, the run prints {@code respin: paused at NAME}
 * on stderr and sleeps up to a minute before going on. Without the variable it costs a map lookup.
 */
public final class Checkpoint {
    private static final String AT = System.getenv("RESPIN_PAUSE_AT");

    private Checkpoint() {
    }

    /** Holds the run here when {@code RESPIN_PAUSE_AT} is {@code name}. */
    public static void reach(String name) {
        if (AT == null || !AT.equals(name)) {
            return;
        }
        System.err.println("respin: paused at " + name);
        System.err.flush();
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

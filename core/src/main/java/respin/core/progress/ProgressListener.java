package respin.core.progress;

/**
 * Hears how a run goes: the command line prints a status line from it, tests record it.
 * Called from worker threads too; an implementation that prints must synchronize.
 */
public interface ProgressListener {
    /** Something of {@code run} changed: its phase or one of its counters. */
    void changed(RunProgress run);

    /** A remark for the user that is no error, such as a discarded cache entry and why. */
    void note(String message);
}

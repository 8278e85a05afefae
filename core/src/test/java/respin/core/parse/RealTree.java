package respin.core.parse;

import java.io.File;

/**
 * Where the real Linux tree is, for the tests that run on it: the system property
 * {@code respin.linux}, else the environment variable {@code RESPIN_LINUX}, else
 * {@code ~/.cache/respin/linux-6.12} (made by scripts/kernel-tree.sh).
 */
public final class RealTree {
    public static final String SKIP_REASON = "no Linux tree: set -Drespin.linux=DIR or RESPIN_LINUX, or run "
            + "scripts/kernel-tree.sh (looked in " + candidate() + ")";

    private RealTree() {
    }

    /** The tree's directory, or null when it is absent. */
    public static File dir() {
        File f = candidate();
        return new File(f, ".git").exists() || new File(f, "objects").isDirectory() ? f : null;
    }

    private static File candidate() {
        String p = System.getProperty("respin.linux", System.getenv("RESPIN_LINUX"));
        return p != null ? new File(p) : new File(System.getProperty("user.home"), ".cache/respin/linux-6.12");
    }
}

package respin.core.plan.split;

/** Which group a file of the tree goes in when a step is split. */
@FunctionalInterface
public interface FileGrouping {

    /** The group of {@code path} (a path in the tree, '/'-separated, no leading slash). */
    FileGroup groupOf(String path);
}

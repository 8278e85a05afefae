package respin.core.plan.split;

/**
 * Files grouped by their directory, cut to {@code depth} components: with depth 2,
 * {@code drivers/iio/adc/ad7091r5.c} goes in {@code drivers/iio/}; a file in a shallower
 * directory goes with that directory ({@code include/}), a file at the top in {@code ./}.
 */
public record DirectoryGrouping(int depth) implements FileGrouping {
    public DirectoryGrouping {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be 1 or more, not " + depth);
        }
    }

    @Override
    public FileGroup groupOf(String path) {
        int end = -1;
        for (int i = 0; i < depth; i++) {
            int slash = path.indexOf('/', end + 1);
            if (slash < 0) {
                break;
            }
            end = slash;
        }
        return new FileGroup(end < 0 ? "./" : path.substring(0, end + 1), false);
    }
}

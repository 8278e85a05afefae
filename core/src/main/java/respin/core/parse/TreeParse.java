package respin.core.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.lib.ObjectReader;
import respin.core.checkout.SourceTree;

/**
 * {@code respin parse}: every C file of a tree (or under some of its paths) parsed on every core
 * and counted, optionally printed back and compared. Configure, then {@link #call()} once.
 */
public final class TreeParse {
    private final SourceTree tree;
    private List<String> paths = List.of();
    private boolean roundtrip;
    private boolean coverage;
    private Set<FileStats.Listing> listing = EnumSet.noneOf(FileStats.Listing.class);

    public TreeParse(SourceTree tree) {
        this.tree = Objects.requireNonNull(tree, "tree");
    }

    /** Paths or folders in the tree (default: all). */
    public TreeParse paths(List<String> paths) {
        this.paths = List.copyOf(paths);
        return this;
    }

    /** Also print each file back from its model and compare the bytes. */
    public TreeParse roundtrip(boolean roundtrip) {
        this.roundtrip = roundtrip;
        return this;
    }

    /** What each file lists ({@link FileStats#listed()}). */
    /** Also measure the syntax tree's typed share of function bodies ({@code --stats}). */
    public TreeParse coverage(boolean coverage) {
        this.coverage = coverage;
        return this;
    }

    public TreeParse listing(Set<FileStats.Listing> listing) {
        this.listing = listing.isEmpty() ? EnumSet.noneOf(FileStats.Listing.class) : EnumSet.copyOf(listing);
        return this;
    }

    /** The totals, with each file's counts in the tree's order. */
    public ParseTotals call() {
        long t0 = System.nanoTime();
        List<SourceTree.Entry> wanted = tree.cFiles().stream().filter(e -> wanted(e.path())).toList();
        ParseTotals totals = new ParseTotals(tree.cSymlinks().stream().filter(e -> wanted(e.path())).count());
        List<ObjectReader> readers = new CopyOnWriteArrayList<>();
        ThreadLocal<ObjectReader> reader = ThreadLocal.withInitial(() -> {
            ObjectReader r = tree.repository().newObjectReader();
            readers.add(r);
            return r;
        });
        // files are parsed on every core; the totals keep the tree's order
        // a file over the tree's size limit is skipped (the tree names it) and counts nowhere
        List<FileStats> all = new ArrayList<>(wanted.parallelStream().map(e -> {
            byte[] bytes = tree.readOrSkip(reader.get(), e);
            return bytes == null ? null : FileStats.of(e.path(), bytes, roundtrip, coverage, listing);
        }).filter(Objects::nonNull).toList());
        readers.forEach(ObjectReader::close);
        all.forEach(totals::add);
        totals.seconds((System.nanoTime() - t0) / 1e9);
        return totals;
    }

    private boolean wanted(String path) {
        return paths.isEmpty() || paths.stream().anyMatch(p -> path.equals(p)
                || path.startsWith(p.endsWith("/") ? p : p + "/"));
    }
}

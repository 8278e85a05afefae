package respin.core.scan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import respin.core.checkout.SourceTree;

/**
 * The struct and union tags each scanned file names ({@code struct foo}, {@code union bar}),
 * kept from the candidate scan's one pass over the tree so that finding the users of a struct
 * found later (one that embeds a migrated struct) reads no blob again. Tags are numbered once
 * for the whole tree; a file keeps a sorted array of numbers. Safe for concurrent {@link #add}.
 */
final class TagIndex {
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Map<SourceTree.Entry, int[]> tagsOf = new ConcurrentHashMap<>();

    void add(SourceTree.Entry file, Set<String> tags) {
        tagsOf.put(file, tags.stream().mapToInt(t -> ids.computeIfAbsent(t, k -> ids.size())).sorted().toArray());
    }

    /** True when {@code file} was scanned and names one of {@code tags}. */
    boolean names(SourceTree.Entry file, Set<String> tags) {
        int[] have = tagsOf.get(file);
        if (have == null) {
            return false;
        }
        for (String t : tags) {
            Integer id = ids.get(t);
            if (id != null && Arrays.binarySearch(have, id) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The entries, in the order given, that name one of {@code tags}. */
    List<SourceTree.Entry> naming(List<SourceTree.Entry> entries, Set<String> tags) {
        return entries.stream().filter(e -> names(e, tags)).toList();
    }
}

package respin.core.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.ObjectReader;
import respin.core.checkout.SourceTree;
import respin.core.progress.RunProgress;

/**
 * One pass over some files of a tree: which of a few words each names and, when asked,
 * every tag each names. The files are read on every core, each thread with its own object
 * reader, identifier set state and {@link TagTable}; only the answers are kept.
 */
final class ScanPass {
    private ScanPass() {
    }

    /**
     * For each word of {@code words} and, when {@code tags}, for each tag key, the indices
     * (sorted, among {@code which}) of the files naming it; words no file names map to an empty array.
     */
    static Map<String, int[]> run(SourceTree tree, List<SourceTree.Entry> files, int[] which, List<String> words,
            boolean tags, RunProgress progress) {
        IdentifierSet names = new IdentifierSet(words);
        if (which.length > 256) {
            tree.preferWorkTree();
        }
        int chunks = Math.max(1, Math.min(which.length, 4 * Runtime.getRuntime().availableProcessors()));
        List<Partial> parts = IntStream.range(0, chunks).parallel().mapToObj(k -> {
            Partial p = new Partial(names.names().size(), tags);
            boolean[] found = new boolean[names.names().size()];
            int done = 0;
            try (ObjectReader reader = tree.repository().newObjectReader()) {
                for (int i = k; i < which.length; i += chunks) {
                    int f = which[i];
                    Arrays.fill(found, false);
                    if (p.tags != null) {
                        p.tags.beginFile();
                    }
                    byte[] bytes = tree.readOrSkip(reader, files.get(f));
                    // a file over the size limit names nothing: it is never parsed or edited
                    names.scan(bytes == null ? new byte[0] : bytes, found, p.tags);
                    for (int w = 0; w < found.length; w++) {
                        if (found[w]) {
                            p.hits.get(w).add(f);
                        }
                    }
                    if (p.tags != null) {
                        p.fileTags.add(new int[] {f});
                        p.fileTags.add(p.tags.fileTags());
                    }
                    if (++done == 64) {
                        progress.scanned(done);
                        done = 0;
                    }
                }
            }
            progress.scanned(done);
            return p;
        }).toList();
        Map<String, IntList> out = new HashMap<>();
        for (String w : names.names()) {
            out.put(w, new IntList());
        }
        for (Partial p : parts) {
            for (int w = 0; w < names.names().size(); w++) {
                out.get(names.names().get(w)).addAll(p.hits.get(w));
            }
            if (p.tags != null) {
                String[] keys = new String[p.tags.size()];
                for (int id = 0; id < keys.length; id++) {
                    keys[id] = ScanRecord.tagKey(p.tags.tag(id));
                }
                for (int j = 0; j < p.fileTags.size(); j += 2) {
                    int f = p.fileTags.get(j)[0];
                    for (int id : p.fileTags.get(j + 1)) {
                        out.computeIfAbsent(keys[id], x -> new IntList()).add(f);
                    }
                }
            }
        }
        Map<String, int[]> sorted = new HashMap<>();
        out.forEach((k, v) -> sorted.put(k, v.sorted()));
        return sorted;
    }

    private static final class Partial {
        final List<IntList> hits = new ArrayList<>();
        final TagTable tags;
        final List<int[]> fileTags = new ArrayList<>();

        Partial(int words, boolean tags) {
            for (int w = 0; w < words; w++) {
                hits.add(new IntList());
            }
            this.tags = tags ? new TagTable() : null;
        }
    }

    /** A growable list of ints. */
    static final class IntList {
        private int[] a = new int[4];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        void addAll(IntList o) {
            for (int i = 0; i < o.n; i++) {
                add(o.a[i]);
            }
        }

        int[] sorted() {
            int[] s = Arrays.copyOf(a, n);
            Arrays.sort(s);
            return s;
        }
    }
}

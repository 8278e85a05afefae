package respin.core.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import respin.core.checkout.SourceTree;
import respin.core.progress.RunProgress;

/**
 * Which files of one tree name which words (and tags, as {@link ScanRecord#tagKey}):
 * answered from the {@link ScanCache} when it knows the tree, from the record of another
 * tree plus a tree diff when it knows one the repository holds (only the changed blobs are
 * read), by scanning otherwise; what a scan learns is written back. Answers that came
 * from disk are checked against the candidate files' bytes before they are handed out; a
 * record found wrong is discarded with a note and the tree scanned afresh.
 */
final class TreeWords {
    private final SourceTree tree;
    private ScanCache cache;
    private final RunProgress progress;
    private List<SourceTree.Entry> files;
    private Map<String, int[]> postings = new HashMap<>();
    private boolean tags;
    private boolean fromDisk;
    private String account = "no scan cache";

    TreeWords(SourceTree tree, ScanCache cache, RunProgress progress) {
        this.tree = tree;
        this.cache = cache;
        this.progress = progress;
        ObjectId id = tree.commit().getTree().getId();
        Optional<ScanRecord> own = cache == null ? Optional.empty() : cache.load(id, progress::note);
        if (own.isPresent()) {
            adopt(own.get());
            account = "scan cache hit (" + files.size() + " files, " + postings.size() + " words)";
            return;
        }
        Optional<ScanRecord> base = cache == null ? Optional.empty() : cache.nearest(tree.repository(), id, progress::note);
        if (base.isPresent()) {
            int reread = update(base.get());
            account = "scan cache updated from tree " + base.get().tree().abbreviate(12).name() + ": " + reread
                    + " changed files re-read";
            save();
            return;
        }
        tree.preferWorkTree(); // every file is about to be read; the index may spare the tree walk too
        files = tree.cFiles();
        if (cache != null && !cache.keeps(files.size())) {
            this.cache = null;
        }
        account = this.cache == null ? "no scan cache" : "scan cache cold";
    }

    /** What the cache did for this run, for {@code --verbose}. */
    String account() {
        return account;
    }

    List<SourceTree.Entry> files() {
        return files;
    }

    /** The files naming one of {@code keys} (words, or tag keys), scanning the tree for keys not known yet. */
    BitSet naming(Collection<String> keys) {
        List<String> missing = keys.stream().filter(k -> !ScanRecord.isTagKey(k) && !ScanRecord.isHeaderKey(k)
                && !postings.containsKey(k)).distinct().toList();
        boolean needTags = !tags && keys.stream().anyMatch(ScanRecord::isTagKey);
        if (!missing.isEmpty() || needTags) {
            needTags = !tags; // a pass over every file costs little more with the tags, and the next round asks them
            postings.putAll(scan(IntStream.range(0, files.size()).toArray(), missing, needTags));
            tags |= needTags;
            save();
        }
        List<String> headerOnly = keys.stream().filter(k -> ScanRecord.isHeaderKey(k) && !postings.containsKey(k)
                && !postings.containsKey(ScanRecord.wordOf(k))).distinct().toList();
        if (!headerOnly.isEmpty()) {
            int[] headers = IntStream.range(0, files.size()).filter(f -> files.get(f).path().endsWith(".h")).toArray();
            Map<String, int[]> found = scan(headers, headerOnly.stream().map(ScanRecord::wordOf).toList(), false);
            headerOnly.forEach(k -> postings.put(k, found.get(ScanRecord.wordOf(k))));
            save();
        }
        BitSet out = new BitSet(files.size());
        for (String k : keys) {
            int[] hit = postings.get(k);
            if (hit == null && ScanRecord.isHeaderKey(k)) {
                hit = headersOf(postings.get(ScanRecord.wordOf(k)));
            }
            if (hit != null) {
                for (int f : hit) {
                    out.set(f);
                }
            }
        }
        if (fromDisk && !confirmed(out, keys)) {
            cache.discard(tree.commit().getTree().getId(), "wrong about a file of the tree", progress::note);
            fromDisk = false;
            files = tree.cFiles();
            postings = new HashMap<>();
            tags = false;
            account = "scan cache discarded, tree scanned";
            return naming(keys);
        }
        return out;
    }

    private Map<String, int[]> scan(int[] which, List<String> words, boolean withTags) {
        String was = progress.phase("scan");
        progress.toScan(which.length);
        Map<String, int[]> found = ScanPass.run(tree, files, which, words, withTags, progress);
        progress.phase(was);
        return found;
    }

    private int[] headersOf(int[] hits) {
        return java.util.Arrays.stream(hits).filter(f -> files.get(f).path().endsWith(".h")).toArray();
    }

    /** Whether every file in {@code hits} names one of {@code keys}, by its bytes (read on every core). */
    private boolean confirmed(BitSet hits, Collection<String> keys) {
        List<String> words = keys.stream().filter(k -> !ScanRecord.isTagKey(k)).map(ScanRecord::wordOf).toList();
        Set<String> wantedTags = new HashSet<>();
        keys.stream().filter(ScanRecord::isTagKey).forEach(k -> wantedTags.add(ScanRecord.tagOf(k)));
        IdentifierSet names = new IdentifierSet(words);
        return hits.stream().parallel().allMatch(f -> {
            Set<String> named = new HashSet<>();
            byte[] bytes;
            try (ObjectReader reader = tree.repository().newObjectReader()) {
                bytes = tree.readOrSkip(reader, files.get(f));
            }
            boolean found = bytes != null && names.scan(bytes, new boolean[words.size()],
                    (t, s, n) -> named.add(new String(t, s, n, java.nio.charset.StandardCharsets.ISO_8859_1)));
            named.retainAll(wantedTags);
            return found || !named.isEmpty();
        });
    }

    private void adopt(ScanRecord r) {
        files = r.files();
        tree.knownCFiles(files);
        postings = r.postings(); // a decoded record's words: looked up lazily, and they take new ones
        tags = r.tags();
        fromDisk = true;
    }

    /** Takes {@code base}'s answers for the files the tree diff leaves alone; scans the others. */
    private int update(ScanRecord base) {
        Map<String, SourceTree.Entry> changed = new HashMap<>();
        Set<String> gone = new HashSet<>();
        try (TreeWalk tw = new TreeWalk(tree.repository())) {
            tw.addTree(base.tree());
            tw.addTree(tree.commit().getTree());
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                String path = tw.getPathString();
                gone.add(path);
                FileMode mode = tw.getFileMode(1);
                if (SourceTree.isCFile(path, mode)) {
                    changed.put(path, new SourceTree.Entry(path, tw.getObjectId(1), mode));
                }
            }
        } catch (IOException e) {
            progress.note("scan cache: cannot compare with tree " + base.tree().name() + ": " + e.getMessage());
            files = tree.cFiles();
            return 0;
        }
        List<SourceTree.Entry> merged = new ArrayList<>(base.files().size() + changed.size());
        int[] oldToNew = new int[base.files().size()];
        List<SourceTree.Entry> added = new ArrayList<>(changed.values());
        added.sort((a, b) -> SourceTree.comparePaths(a.path(), b.path()));
        int j = 0;
        for (int i = 0; i < base.files().size(); i++) {
            SourceTree.Entry e = base.files().get(i);
            while (j < added.size() && SourceTree.comparePaths(added.get(j).path(), e.path()) < 0) {
                merged.add(added.get(j++));
            }
            oldToNew[i] = gone.contains(e.path()) ? -1 : merged.size();
            if (oldToNew[i] >= 0) {
                merged.add(e);
            }
        }
        while (j < added.size()) {
            merged.add(added.get(j++));
        }
        files = List.copyOf(merged);
        tree.knownCFiles(files);
        int[] reread = IntStream.range(0, files.size()).filter(f -> changed.containsKey(files.get(f).path())).toArray();
        List<String> words = base.postings().keySet().stream().filter(k -> !ScanRecord.isTagKey(k))
                .map(ScanRecord::wordOf).distinct().toList();
        String was = progress.phase("scan");
        progress.toScan(reread.length);
        Map<String, int[]> fresh = ScanPass.run(tree, files, reread, words, base.tags(), progress);
        progress.phase(was);
        Set<String> keys = new HashSet<>(base.postings().keySet());
        fresh.keySet().stream().filter(ScanRecord::isTagKey).forEach(keys::add);
        for (String k : keys) {
            ScanPass.IntList l = new ScanPass.IntList();
            for (int f : base.postings().getOrDefault(k, new int[0])) {
                if (oldToNew[f] >= 0) {
                    l.add(oldToNew[f]);
                }
            }
            int[] now = fresh.getOrDefault(ScanRecord.isHeaderKey(k) ? ScanRecord.wordOf(k) : k, new int[0]);
            for (int f : ScanRecord.isHeaderKey(k) ? headersOf(now) : now) {
                l.add(f);
            }
            int[] s = l.sorted();
            if (s.length > 0 || !ScanRecord.isTagKey(k)) {
                postings.put(k, s);
            }
        }
        tags = base.tags();
        fromDisk = true;
        return reread.length;
    }

    private void save() {
        if (cache != null && cache.keeps(files.size())) {
            cache.save(new ScanRecord(tree.commit().getTree().getId(), files, new java.util.TreeMap<>(postings), tags),
                    progress::note);
        }
    }
}

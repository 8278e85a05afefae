package respin.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import respin.core.checkout.SourceTree;
import respin.core.model.CField;
import respin.core.model.CRecord;
import respin.core.model.CTranslationUnit;
import respin.core.progress.RunProgress;

/**
 * Picks and parses the files a recipe needs: those that name one of its identifiers,
 * then, until nothing new turns up, those that name a struct embedding (by value)
 * one of the structs found so far (a {@code struct vfio_pci_core_device} holds a
 * {@code struct vfio_device}, so its users are users too).
 */
public final class CandidateScan {
    private final SourceTree tree;
    private final UnitParser parser;
    private final ScanCache cache;
    private final RunProgress progress;
    private TreeWords words;
    private ModelStore models;
    private boolean modelsChosen;
    /** Patched texts ({@link #text}) parsed, not found in the model cache: the type check's, not the tree's. */
    private final AtomicInteger patchedParsed = new AtomicInteger();

    /** A scan of {@code tree} whose hits are parsed by {@code parser} (path, text as ISO-8859-1). */
    public CandidateScan(SourceTree tree, BiFunction<String, String, CTranslationUnit> parser) {
        this(tree, parser, null, RunProgress.silent());
    }

    /**
     * A scan that asks and fills {@code cache} (none when null) and reports to {@code progress}:
     * phases "scan" and "parse", files scanned and parsed, cache notes.
     */
    public CandidateScan(SourceTree tree, BiFunction<String, String, CTranslationUnit> parser, ScanCache cache,
            RunProgress progress) {
        this(tree, (UnitParser) parser::apply, cache, progress);
    }

    /**
     * As above; when {@code parser} has a version and the tree is one the cache keeps, parsed
     * models are also kept by blob ({@link ModelStore}), and a file whose blob has a sound model
     * there is not parsed again.
     */
    public CandidateScan(SourceTree tree, UnitParser parser, ScanCache cache, RunProgress progress) {
        this.tree = tree;
        this.parser = parser;
        this.cache = cache;
        this.progress = progress;
    }

    /** The model cache, once the tree's size is known (from the scan, so a warm run walks no tree). */
    private synchronized ModelStore models() {
        if (!modelsChosen && cache != null && parser.version() != null) {
            int files = words != null ? words.files().size() : tree.cFiles().size();
            models = cache.keeps(files) ? cache.models(parser.version()) : null;
        }
        modelsChosen = true;
        return models;
    }

    private TreeWords words() {
        if (words == null) {
            String was = progress.phase("scan");
            words = new TreeWords(tree, cache, progress);
            progress.phase(was);
        }
        return words;
    }

    /** What the scan cache did in this run (hit, updated from another tree, cold, none), for {@code --verbose}. */
    public String cacheAccount() {
        return (words == null ? "scan cache not used" : words.account())
                + (models == null ? "; no model cache" : "; model cache: " + models.account())
                + (patchedParsed.get() == 0 ? "" : "; " + patchedParsed + " patched files parsed");
    }

    /**
     * Parsed files, in tree order, of every candidate: the files that name one of
     * {@code identifiers} as a word, then, round by round, those that name a struct or union
     * tag found to embed a wanted struct. One pass over the blobs (none when the cache knows
     * the tree) answers every round.
     */
    public List<CTranslationUnit> parse(Set<String> identifiers) {
        String was = progress.phase("scan");
        TreeWords w = words();
        List<SourceTree.Entry> files = w.files();
        Map<Integer, CTranslationUnit> parsed = new TreeMap<>();
        Set<String> wanted = new LinkedHashSet<>(identifiers);
        Set<String> scanned = new LinkedHashSet<>();
        while (!scanned.containsAll(wanted)) {
            Set<String> fresh = new LinkedHashSet<>(wanted);
            fresh.removeAll(scanned);
            List<String> keys = scanned.isEmpty() ? List.copyOf(fresh)
                    : fresh.stream().map(ScanRecord::tagKey).toList();
            BitSet hits = w.naming(keys);
            scanned.addAll(fresh);
            parsed.putAll(parseAll(files, hits.stream().filter(f -> !parsed.containsKey(f)).toArray()));
            for (CTranslationUnit u : parsed.values()) {
                for (CRecord r : u.records()) {
                    if (r.name() != null && embedsAny(r, wanted)) {
                        wanted.add(r.name());
                    }
                }
            }
        }
        progress.phase(was);
        return new ArrayList<>(parsed.values());
    }

    /** The bytes of {@code e}, or null when it is over the tree's size limit (the tree names it). */
    private byte[] readOrSkip(SourceTree.Entry e) {
        try (ObjectReader reader = tree.repository().newObjectReader()) {
            return tree.readOrSkip(reader, e);
        }
    }

    /** The files at {@code which}, parsed on every core (files are independent), by index. */
    private Map<Integer, CTranslationUnit> parseAll(List<SourceTree.Entry> files, int[] which) {
        String was = progress.phase("parse");
        Map<Integer, CTranslationUnit> out = new java.util.concurrent.ConcurrentHashMap<>();
        IntStream.of(which).parallel().forEach(f -> {
            SourceTree.Entry e = files.get(f);
            byte[] bytes = readOrSkip(e);
            if (bytes != null) {
                CTranslationUnit u = unit(e, bytes);
                u.words().prepare(); // every plan asks which words a file has: answered here, on every core
                out.put(f, u);
            }
        });
        progress.phase(was);
        return out;
    }

    private CTranslationUnit parse(SourceTree.Entry e, byte[] bytes) {
        String was = progress.phase("parse");
        CTranslationUnit u = unit(e, bytes);
        progress.phase(was);
        return u;
    }

    /** The unit of {@code e}: its cached model when the model cache has a sound one, else parsed (and kept). */
    private CTranslationUnit unit(SourceTree.Entry e, byte[] bytes) {
        return unit(e, bytes, true);
    }

    /** As above; a file of the tree counts as parsed in the run's progress, a patched text in {@link #cacheAccount}. */
    private CTranslationUnit unit(SourceTree.Entry e, byte[] bytes, boolean ofTheTree) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        ModelStore models = models();
        if (models != null) {
            Optional<CTranslationUnit> kept = models.load(e.blob(), e.path(), text, parser.syntax(e.path(), text),
                    progress::note);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        CTranslationUnit u = parser.parse(e.path(), text);
        if (ofTheTree) {
            progress.parsed(1);
        } else {
            patchedParsed.incrementAndGet();
        }
        if (models != null) {
            models.save(e.blob(), u, progress::note);
        }
        return u;
    }

    /**
     * Parsed files, in tree order, that name one of {@code words} and are not in {@code known}:
     * where a name the plan learnt is used ({@code SymbolIndex.widen}). A word the scan cache
     * has not been asked costs one pass over the tree's blobs, then none.
     */
    public List<CTranslationUnit> filesNaming(Set<String> words, Set<String> known) {
        String was = progress.phase("scan");
        TreeWords w = words();
        List<SourceTree.Entry> files = w.files();
        int[] fresh = w.naming(words).stream().filter(f -> !known.contains(files.get(f).path())).toArray();
        List<CTranslationUnit> out = new ArrayList<>(new TreeMap<>(parseAll(files, fresh)).values());
        progress.phase(was);
        return out;
    }

    /** Parsed headers that name {@code name} and are not in {@code known}: where a file-scope object is declared. */
    public List<CTranslationUnit> headersMentioning(String name, Set<String> known) {
        TreeWords w = words();
        BitSet hits = w.naming(List.of(ScanRecord.headerKey(name)));
        List<CTranslationUnit> out = new ArrayList<>();
        for (int f = hits.nextSetBit(0); f >= 0; f = hits.nextSetBit(f + 1)) {
            SourceTree.Entry e = w.files().get(f);
            byte[] bytes = e.path().endsWith(".h") && !known.contains(e.path()) ? readOrSkip(e) : null;
            if (bytes != null) {
                out.add(parse(e, bytes));
            }
        }
        return out;
    }

    /** Every C file whose path passes {@code wanted}, parsed, in tree order. */
    public List<CTranslationUnit> parseWhere(Predicate<String> wanted) {
        List<CTranslationUnit> out = new ArrayList<>();
        try (ObjectReader reader = tree.repository().newObjectReader()) {
            for (SourceTree.Entry e : tree.cFiles()) {
                byte[] bytes = wanted.test(e.path()) ? tree.readOrSkip(reader, e) : null;
                if (bytes != null) {
                    out.add(parse(e, bytes));
                }
            }
        }
        return out;
    }

    /** The file at {@code path}, parsed, or empty when the tree has none. */
    public Optional<CTranslationUnit> file(String path) {
        for (SourceTree.Entry e : tree.cFiles()) {
            if (e.path().equals(path)) {
                try (ObjectReader reader = tree.repository().newObjectReader()) {
                    return Optional.ofNullable(tree.readOrSkip(reader, e)).map(b -> parse(e, b));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The unit of another text of {@code path} (as a patch leaves the file): its model from the
     * model cache under the blob id those bytes have, else parsed (and kept), like a file of the
     * tree; a second run of a plan parses none of its patched files again.
     */
    public CTranslationUnit text(String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1); // no phase: a check runs it alongside the diff
        return unit(new SourceTree.Entry(path, SourceTree.blobId(bytes), FileMode.REGULAR_FILE), bytes, false);
    }

    private static final Pattern TAG = Pattern.compile("(?:struct|union) (\\w+)");

    private static boolean embedsAny(CRecord r, Set<String> names) {
        for (CField f : r.fields()) {
            Matcher m = TAG.matcher(f.declarator().base());
            if (f.declarator().pointers() == 0 && !f.declarator().functionPointer() && m.find()
                    && names.contains(m.group(1)) && !names.contains(r.name())) {
                return true;
            }
        }
        return false;
    }
}

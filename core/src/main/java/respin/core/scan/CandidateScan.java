package respin.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.ObjectReader;
import respin.core.checkout.SourceTree;
import respin.core.model.CField;
import respin.core.model.CRecord;
import respin.core.model.CTranslationUnit;

/**
 * Picks and parses the files a recipe needs: those that name one of its identifiers,
 * then, until nothing new turns up, those that name a struct embedding (by value)
 * one of the structs found so far (a {@code struct vfio_pci_core_device} holds a
 * {@code struct vfio_device}, so its users are users too).
 */
public final class CandidateScan {
    private final SourceTree tree;
    private final BiFunction<String, String, CTranslationUnit> parser;

    /** A scan of {@code tree} whose hits are parsed by {@code parser} (path, text as ISO-8859-1). */
    public CandidateScan(SourceTree tree, BiFunction<String, String, CTranslationUnit> parser) {
        this.tree = tree;
        this.parser = parser;
    }

    /**
     * Parsed files, in tree order, of every candidate: the files that name one of
     * {@code identifiers} as a word, then, round by round, those that name a struct or union
     * tag found to embed a wanted struct. The blobs are read once; later rounds ask the tags
     * the first pass kept.
     */
    public List<CTranslationUnit> parse(Set<String> identifiers) {
        Map<String, CTranslationUnit> parsed = new LinkedHashMap<>();
        Set<String> wanted = new LinkedHashSet<>(identifiers);
        Set<String> scanned = new LinkedHashSet<>();
        TagIndex tags = new TagIndex();
        while (!scanned.containsAll(wanted)) {
            Set<String> fresh = new LinkedHashSet<>(wanted);
            fresh.removeAll(scanned);
            List<SourceTree.Entry> unread = tree.cFiles().stream().filter(e -> !parsed.containsKey(e.path())).toList();
            List<SourceTree.Entry> hits = scanned.isEmpty() ? mentioning(unread, new IdentifierSet(fresh), tags)
                    : tags.naming(unread, fresh);
            scanned.addAll(fresh);
            for (SourceTree.Entry e : hits) {
                parsed.put(e.path(), parse(e, tree.read(e)));
            }
            for (CTranslationUnit u : parsed.values()) {
                for (CRecord r : u.records()) {
                    if (r.name() != null && embedsAny(r, wanted)) {
                        wanted.add(r.name());
                    }
                }
            }
        }
        List<CTranslationUnit> out = new ArrayList<>();
        for (SourceTree.Entry e : tree.cFiles()) {
            if (parsed.containsKey(e.path())) {
                out.add(parsed.get(e.path()));
            }
        }
        return out;
    }

    /**
     * The entries whose bytes name one of {@code names}, in the order given; the tags named
     * by the others go to {@code tags} when it is not null. The blobs are read on every core,
     * each thread with its own object reader; only the matches are kept.
     */
    private List<SourceTree.Entry> mentioning(List<SourceTree.Entry> entries, IdentifierSet names, TagIndex tags) {
        int chunks = Math.max(1, Math.min(entries.size(), 4 * Runtime.getRuntime().availableProcessors()));
        List<List<SourceTree.Entry>> found = IntStream.range(0, chunks).parallel().mapToObj(k -> {
            List<SourceTree.Entry> hits = new ArrayList<>();
            try (ObjectReader reader = tree.repository().newObjectReader()) {
                for (int i = k; i < entries.size(); i += chunks) {
                    SourceTree.Entry e = entries.get(i);
                    Set<String> named = tags == null ? null : new HashSet<>();
                    byte[] bytes = tree.readOrSkip(reader, e);
                    if (bytes == null) {
                        continue;
                    }
                    if (names.foundIn(bytes, named == null ? null : named::add)) {
                        hits.add(e);
                    } else if (tags != null) {
                        tags.add(e, named);
                    }
                }
            }
            return hits;
        }).toList();
        Set<SourceTree.Entry> hit = new HashSet<>();
        found.forEach(hit::addAll);
        return entries.stream().filter(hit::contains).toList();
    }

    private CTranslationUnit parse(SourceTree.Entry e, byte[] bytes) {
        return parser.apply(e.path(), new String(bytes, StandardCharsets.ISO_8859_1));
    }

    /** Parsed headers that name {@code name} and are not in {@code known}: where a file-scope object is declared. */
    public List<CTranslationUnit> headersMentioning(String name, Set<String> known) {
        List<SourceTree.Entry> headers = tree.cFiles().stream()
                .filter(e -> e.path().endsWith(".h") && !known.contains(e.path())).toList();
        return mentioning(headers, new IdentifierSet(Set.of(name)), null).stream().map(e -> parse(e, tree.read(e))).toList();
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

package respin.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectReader;
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

    public CandidateScan(SourceTree tree) {
        this.tree = tree;
    }

    /** Parsed files, in tree order, of every candidate. */
    public List<CTranslationUnit> parse(Set<String> identifiers) {
        Map<String, CTranslationUnit> parsed = new LinkedHashMap<>();
        Set<String> wanted = new LinkedHashSet<>(identifiers);
        Set<String> scanned = new LinkedHashSet<>();
        while (!scanned.containsAll(wanted)) {
            Set<String> fresh = new LinkedHashSet<>(wanted);
            fresh.removeAll(scanned);
            scanned.addAll(fresh);
            try (ObjectReader reader = tree.repository().newObjectReader()) {
                for (SourceTree.Entry e : tree.cFiles()) {
                    if (parsed.containsKey(e.path())) {
                        continue;
                    }
                    String text = new String(tree.read(reader, e), StandardCharsets.ISO_8859_1);
                    if (mentionsAny(text, fresh)) {
                        parsed.put(e.path(), CSourceParser.parse(e.path(), text));
                    }
                }
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

    /** True when one of {@code names} stands in {@code text} as a whole identifier (comments count). */
    static boolean mentionsAny(String text, Set<String> names) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                if (names.contains(text.substring(s, i))) {
                    return true;
                }
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return false;
    }

    /** Parsed headers that name {@code name} and are not in {@code known}: where a file-scope object is declared. */
    public List<CTranslationUnit> headersMentioning(String name, Set<String> known) {
        List<CTranslationUnit> out = new ArrayList<>();
        try (ObjectReader reader = tree.repository().newObjectReader()) {
            for (SourceTree.Entry e : tree.cFiles()) {
                if (!e.path().endsWith(".h") || known.contains(e.path())) {
                    continue;
                }
                String text = new String(tree.read(reader, e), StandardCharsets.ISO_8859_1);
                if (mentionsAny(text, Set.of(name))) {
                    out.add(CSourceParser.parse(e.path(), text));
                }
            }
        }
        return out;
    }

    /** Every C file whose path passes {@code wanted}, parsed, in tree order. */
    public List<CTranslationUnit> parseWhere(Predicate<String> wanted) {
        List<CTranslationUnit> out = new ArrayList<>();
        try (ObjectReader reader = tree.repository().newObjectReader()) {
            for (SourceTree.Entry e : tree.cFiles()) {
                if (wanted.test(e.path())) {
                    out.add(CSourceParser.parse(e.path(), new String(tree.read(reader, e),
                            StandardCharsets.ISO_8859_1)));
                }
            }
        }
        return out;
    }

    /** The file at {@code path}, parsed, or empty when the tree has none. */
    public Optional<CTranslationUnit> file(String path) {
        for (SourceTree.Entry e : tree.cFiles()) {
            if (e.path().equals(path)) {
                return Optional.of(CSourceParser.parse(path, new String(tree.read(e), StandardCharsets.ISO_8859_1)));
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

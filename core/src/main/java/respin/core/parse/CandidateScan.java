package respin.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectReader;
import respin.core.model.CCall;
import respin.core.model.CField;
import respin.core.model.CFunction;
import respin.core.model.CRecord;
import respin.core.model.CTranslationUnit;

/**
 * Picks and parses the files a recipe needs: those that name one of its identifiers,
 * then, until nothing new turns up, those that name a struct embedding one of the
 * structs found so far (a {@code struct vfio_pci_core_device} holds a
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
            Pattern p = Pattern.compile("\\b(" + String.join("|", fresh.stream().map(Pattern::quote).toList())
                    + ")\\b");
            try (ObjectReader reader = tree.repository().newObjectReader()) {
                for (SourceTree.Entry e : tree.cFiles()) {
                    if (parsed.containsKey(e.path())) {
                        continue;
                    }
                    String text = new String(tree.read(reader, e), StandardCharsets.ISO_8859_1);
                    if (p.matcher(text).find()) {
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
                wanted.addAll(globalCallBases(u));
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
     * Names used as the base of a call through a member ({@code zpci_kvm_hook.kvm_register(...)})
     * that are no parameter or local: file-scope objects whose declarations typing needs.
     */
    private static Set<String> globalCallBases(CTranslationUnit u) {
        Set<String> out = new LinkedHashSet<>();
        for (CCall c : u.calls()) {
            if (c.direct()) {
                continue;
            }
            Matcher m = Pattern.compile("^([A-Za-z_]\\w*)\\s*(->|\\.)").matcher(c.callee());
            CFunction f = u.enclosingFunction(c.span().start());
            if (!m.find() || f == null) {
                continue;
            }
            String base = m.group(1);
            boolean local = f.param(base).isPresent() || f.localsBefore(c.span().start()).stream()
                    .anyMatch(d -> base.equals(d.name()));
            if (!local) {
                out.add(base);
            }
        }
        return out;
    }

    private static final Pattern TAG = Pattern.compile("(?:struct|union) (\\w+)");

    private static boolean embedsAny(CRecord r, Set<String> names) {
        for (CField f : r.fields()) {
            Matcher m = TAG.matcher(f.declarator().base());
            if (m.find() && names.contains(m.group(1)) && !names.contains(r.name())) {
                return true;
            }
        }
        return false;
    }
}

package respin.core.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import respin.core.model.CFunction;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;

/**
 * Where a file uses names: every occurrence as an identifier outside comments, string
 * and character literals, except where the file declares or defines the name itself (a
 * prototype, a definition, a {@code static inline} stub). Calls, {@code symbol_get(f)}
 * and function pointers are uses.
 */
public final class SymbolUses {
    private SymbolUses() {
    }

    /** Uses of each of {@code names} in {@code u}, in file order; names not used are absent. */
    public static Map<String, List<Span>> in(CTranslationUnit u, Set<String> names) {
        Set<Integer> declared = new HashSet<>();
        for (CFunction f : u.functions()) {
            if (names.contains(f.name())) {
                declared.add(f.nameSpan().start());
            }
        }
        Map<String, List<Span>> out = new LinkedHashMap<>();
        for (WordHit h : WordHit.in(u.text(), names)) {
            if (h.where() == WordHit.Where.CODE && !declared.contains(h.start())) {
                out.computeIfAbsent(h.word(), k -> new ArrayList<>()).add(u.lines().span(h.start(), h.end()));
            }
        }
        return out;
    }
}

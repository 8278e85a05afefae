package respin.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import respin.core.index.SymbolIndex;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;

/**
 * The plan's types checked as a whole, after planning: each patch's tree (the base with
 * the files of patches 1..k re-parsed from their new text) is indexed again and every
 * {@link TypeCheck} runs on it, so that a use the plan could not fix is found at the
 * first patch where it would not compile (bisectability), not only at the last.
 */
public final class SeriesTypeCheck {
    private final List<TypeCheck> checks;

    public SeriesTypeCheck(List<TypeCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * The checks respin runs: arguments against parameters, returned values against return
     * types, and stores, comparisons, member accesses and initializers ({@link UseTypes}).
     */
    public static SeriesTypeCheck standard() {
        return new SeriesTypeCheck(List.of(new ArgumentTypes(), new ReturnTypes(), new UseTypes()));
    }

    /** Every finding, each at the first patch that has it, in patch order. */
    public List<WouldNotCompile> check(Plan plan, SymbolIndex base, StepContents contents) {
        List<WouldNotCompile> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TypeCheck c : checks) {
            c.check(base, plan, 0).forEach(w -> seen.add(key(w))); // the base's own, if any, are not the plan's
        }
        Map<String, CTranslationUnit> changed = new LinkedHashMap<>();
        for (int i = 0; i < contents.size(); i++) {
            contents.step(i).forEach((path, text) -> changed.put(path, CSourceParser.parse(path, text)));
            Map<String, CTranslationUnit> units = new LinkedHashMap<>();
            base.units().forEach(u -> units.put(u.path(), u));
            units.putAll(changed);
            SymbolIndex tree = new SymbolIndex(units.values());
            for (TypeCheck c : checks) {
                for (WouldNotCompile w : c.check(tree, plan, i + 1)) {
                    if (seen.add(key(w))) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    private static String key(WouldNotCompile w) {
        return w.at().file() + ": " + w.reason();
    }

    /** {@code the series is not bisectable as it stands: patch 2 of 3 would not compile}, or null. */
    public static String verdict(List<WouldNotCompile> found, int patches) {
        return found.isEmpty() ? null : "the series is not bisectable as it stands: patch " + found.get(0).patch()
                + " of " + patches + " would not compile";
    }
}

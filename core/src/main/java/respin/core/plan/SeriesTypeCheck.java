package respin.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import respin.core.index.SymbolIndex;
import respin.core.model.CFunction;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;

/**
 * The plan's types checked as a whole, after planning: each patch's tree (the base with
 * the files of patches 1..k re-parsed from their new text) is indexed again and every
 * {@link TypeCheck} runs on it, so that a use the plan could not fix is found at the
 * first patch where it would not compile (bisectability), not only at the last.
 *
 * <p>It scales with the patches, not with patches times files: one index follows the tree
 * patch by patch (only the files a patch changes are parsed and re-indexed), and the checks
 * run again only on the files whose answers the patch can change — its own files and the
 * callers of the functions they declare; a patch that changes a header, adds a file, or
 * changes the type of a C file's variable at file scope has the whole tree checked again.
 * What the base already has is not the plan's doing: the base is checked last, in the files
 * that have a finding only.
 */
public final class SeriesTypeCheck {
    private final List<TypeCheck> checks;

    public SeriesTypeCheck(List<TypeCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * The checks respin runs: arguments against parameters (functions passed against the
     * function-pointer parameters they are passed for too), returned values against return
     * types, and stores, comparisons, member accesses and initializers ({@link UseTypes}).
     */
    public static SeriesTypeCheck standard() {
        return new SeriesTypeCheck(List.of(new ArgumentTypes(), new ReturnTypes(), new UseTypes()));
    }

    /** Every finding, each at the first patch that has it, in patch order. */
    public List<WouldNotCompile> check(Plan plan, SymbolIndex base, StepContents contents) {
        return check(plan, base, contents, CSourceParser::parse);
    }

    /** As above, a patched file's new text turned into a unit by {@code parser} (path, text). */
    public List<WouldNotCompile> check(Plan plan, SymbolIndex base, StepContents contents,
            BiFunction<String, String, CTranslationUnit> parser) {
        List<WouldNotCompile> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        SymbolIndex tree = new SymbolIndex(base.units());
        for (int i = 0; i < contents.size(); i++) {
            Map<String, CTranslationUnit> before = new LinkedHashMap<>();
            Map<String, CTranslationUnit> now = new LinkedHashMap<>();
            contents.step(i).forEach((path, text) -> {
                tree.unit(path).ifPresent(u -> before.put(path, u));
                now.put(path, parser.apply(path, text));
            });
            now.values().forEach(tree::replace);
            Collection<CTranslationUnit> again = affected(tree, before, now);
            List<CTranslationUnit> unbuilt = unbuilt(again);
            for (List<WouldNotCompile> found : run(tree, plan, i + 1, again)) {
                for (WouldNotCompile w : found) {
                    if (seen.add(key(w))) {
                        out.add(w);
                    }
                }
            }
            release(unbuilt);
        }
        return withoutTheBases(out, plan, base);
    }

    /**
     * {@code found} less what the base has already (the plan did not break that): a check's
     * findings in a file come from that file alone, so the base is checked only in the files
     * that have a finding, usually none.
     */
    private List<WouldNotCompile> withoutTheBases(List<WouldNotCompile> found, Plan plan, SymbolIndex base) {
        Set<String> files = new LinkedHashSet<>();
        found.forEach(w -> files.add(w.at().file()));
        List<CTranslationUnit> units = new ArrayList<>();
        files.forEach(f -> base.unit(f).ifPresent(units::add));
        if (units.isEmpty()) {
            return found;
        }
        List<CTranslationUnit> unbuilt = unbuilt(units);
        Set<String> had = new LinkedHashSet<>();
        run(base, plan, 0, units).forEach(ws -> ws.forEach(w -> had.add(key(w))));
        release(unbuilt);
        return found.stream().filter(w -> !had.contains(key(w))).toList();
    }

    /**
     * The findings of every check on {@code units} at {@code patch}, in the checks' order. The
     * checks only read the index and the units (each has its own memo of types), so they run
     * side by side on every core.
     */
    private List<List<WouldNotCompile>> run(SymbolIndex tree, Plan plan, int patch, Collection<CTranslationUnit> units) {
        return checks.parallelStream().map(c -> c.check(tree, plan, patch, units)).toList();
    }

    /** The units among {@code units} whose syntax tree is not built yet. */
    private static List<CTranslationUnit> unbuilt(Collection<CTranslationUnit> units) {
        return units.stream().filter(u -> !u.syntaxTree().isBuilt()).toList();
    }

    /**
     * Lets go of the trees the checks of one patch built: findings hold spans, not nodes, and a
     * file is checked again only at a later patch that changes what it sees, so holding every
     * tree to the end would keep the whole tree in memory twice (base and patched).
     */
    private static void release(List<CTranslationUnit> units) {
        units.forEach(u -> u.syntaxTree().release());
    }

    /** The files of {@code tree} whose uses a patch changing {@code before} into {@code now} can change. */
    static Collection<CTranslationUnit> affected(SymbolIndex tree, Map<String, CTranslationUnit> before,
            Map<String, CTranslationUnit> now) {
        for (CTranslationUnit u : now.values()) {
            CTranslationUnit old = before.get(u.path());
            if (!u.path().endsWith(".c") || old == null || !fileScope(old).equals(fileScope(u))) {
                return tree.units();
            }
        }
        Set<String> paths = new LinkedHashSet<>(now.keySet());
        for (Map<String, CTranslationUnit> side : List.of(before, now)) {
            for (CTranslationUnit u : side.values()) {
                for (CFunction f : u.functions()) {
                    tree.callsTo(f.name()).forEach(call -> paths.add(call.path()));
                }
            }
        }
        List<CTranslationUnit> out = new ArrayList<>();
        for (String p : paths) {
            tree.unit(p).ifPresent(out::add);
        }
        return out;
    }

    /**
     * What other files can see of a C file besides its functions: its file-scope variables'
     * names and types (an initializer, such as {@code .probe = f} in a driver's struct, is the
     * file's own business; a struct defined in a C file is seen by that file alone).
     */
    private static List<String> fileScope(CTranslationUnit u) {
        List<String> out = new ArrayList<>();
        u.variables().forEach(v -> out.add(v.name() + ": " + v.declarator().type()));
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

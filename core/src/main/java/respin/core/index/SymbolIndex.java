package respin.core.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import respin.core.model.CCall;
import respin.core.model.CField;
import respin.core.model.CFunction;
import respin.core.model.CMemberAccess;
import respin.core.model.CNode;
import respin.core.model.CRecord;
import respin.core.model.CTranslationUnit;
import respin.core.model.CTypedef;
import respin.core.model.CVariable;

/**
 * Symbols across a set of parsed files: functions (definitions, prototypes and
 * stubs in every {@code #if} branch), structs and their fields, typedefs, file-scope
 * variables and call sites.
 */
public final class SymbolIndex {
    private final Map<String, CTranslationUnit> units = new LinkedHashMap<>();
    private final Map<String, List<Located<CFunction>>> functions = new LinkedHashMap<>();
    private final Map<String, List<Located<CRecord>>> records = new LinkedHashMap<>();
    private final Map<String, List<Located<CVariable>>> variables = new LinkedHashMap<>();
    private final Map<String, List<Located<CTypedef>>> typedefs = new LinkedHashMap<>();
    private final Map<String, List<Located<CCall>>> calls = new LinkedHashMap<>();

    /** Files read by path while the index was frozen: readable, edited like others, but not indexed. */
    private final Map<String, CTranslationUnit> beside = new LinkedHashMap<>();
    private Function<String, Optional<CTranslationUnit>> fileLoader = path -> Optional.empty();
    private BiFunction<Set<String>, Set<String>, List<CTranslationUnit>> wordLoader = (words, known) -> List.of();
    private final Set<String> missed = new HashSet<>();
    private boolean frozen;

    public SymbolIndex(Collection<CTranslationUnit> parsed) {
        addAll(parsed);
    }

    /** How to read a file of the tree by path when a rewriter needs one the scan did not pick. */
    public SymbolIndex fileLoader(Function<String, Optional<CTranslationUnit>> loader) {
        this.fileLoader = loader;
        return this;
    }

    /**
     * How to read the files of the tree that name some words and are not among some paths,
     * parsed, for {@link #widen}.
     */
    public SymbolIndex wordLoader(BiFunction<Set<String>, Set<String>, List<CTranslationUnit>> loader) {
        this.wordLoader = loader;
        return this;
    }

    /**
     * Indexes the files of the tree that name one of {@code words} and are not indexed yet
     * (the callers of a function whose every call matters), and returns their paths in tree
     * order; none without a {@link #wordLoader}. Not while frozen: a plan asks for it, and
     * the planner widens between two plans.
     */
    public List<String> widen(Set<String> words) {
        if (frozen) {
            throw new IllegalStateException("the index is frozen while a plan runs; widen it between plans");
        }
        List<String> out = new ArrayList<>();
        for (CTranslationUnit u : wordLoader.apply(words, paths())) {
            if (!units.containsKey(u.path())) {
                addAll(List.of(u));
                out.add(u.path());
            }
        }
        return out;
    }

    /**
     * The file at {@code path}; empty when the tree has no such file. One read outside the
     * index is indexed from now on, unless the index is frozen ({@link #freeze}): then it is
     * kept beside the index ({@link #unit} finds it, its symbols are not indexed).
     */
    public Optional<CTranslationUnit> ensureFile(String path) {
        CTranslationUnit u = unit(path).orElse(null);
        if (u != null || !missed.add("file:" + path)) {
            return Optional.ofNullable(u);
        }
        Optional<CTranslationUnit> loaded = fileLoader.apply(path);
        if (frozen) {
            loaded.ifPresent(l -> beside.put(l.path(), l));
        } else {
            loaded.ifPresent(l -> addAll(List.of(l)));
        }
        return loaded;
    }

    /**
     * Freezes the index until the returned handle is closed: the planner's view of the tree
     * does not change while a plan runs, so types computed once stay true.
     */
    public Frozen freeze() {
        boolean was = frozen;
        frozen = true;
        return () -> frozen = was;
    }

    /** A frozen index; closing it thaws the index. */
    public interface Frozen extends AutoCloseable {
        @Override
        void close();
    }

    /** How many files are indexed. */
    public int size() {
        return units.size();
    }

    /**
     * Puts {@code u} in place of the indexed file of the same path (or adds it): what that
     * file declared and called is forgotten, what {@code u} does is indexed. For an index
     * that follows a tree patch by patch; the file keeps its place in {@link #units()}.
     */
    public void replace(CTranslationUnit u) {
        CTranslationUnit old = units.get(u.path());
        if (old != null) {
            old.functions().forEach(f -> forget(functions, f.name(), old));
            old.records().stream().filter(r -> r.name() != null)
                    .forEach(r -> forget(records, r.kind() + " " + r.name(), old));
            old.variables().stream().filter(v -> v.name() != null).forEach(v -> forget(variables, v.name(), old));
            // each name once: a file calls dev_err() many times, and the list of its callers is long
            old.calls().stream().map(c -> c.callee()).distinct().forEach(name -> forget(calls, name, old));
            old.typedefs().stream().filter(d -> d.name() != null).forEach(d -> forget(typedefs, d.name(), old));
        }
        units.put(u.path(), u);
        indexSymbols(u);
    }

    private static <T extends CNode> void forget(Map<String, List<Located<T>>> map, String key,
            CTranslationUnit unit) {
        List<Located<T>> list = map.get(key);
        if (list != null) {
            list.removeIf(l -> l.unit() == unit);
            if (list.isEmpty()) {
                map.remove(key);
            }
        }
    }

    private void addAll(Collection<CTranslationUnit> parsed) {
        for (CTranslationUnit u : parsed) {
            if (units.containsKey(u.path())) {
                continue;
            }
            units.put(u.path(), u);
            indexSymbols(u);
        }
    }

    private void indexSymbols(CTranslationUnit u) {
        for (CFunction f : u.functions()) {
            functions.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(new Located<>(u, f));
        }
        for (CRecord r : u.records()) {
            if (r.name() != null) {
                records.computeIfAbsent(r.kind() + " " + r.name(), k -> new ArrayList<>()).add(new Located<>(u, r));
            }
        }
        for (CVariable v : u.variables()) {
            if (v.name() != null) {
                variables.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(new Located<>(u, v));
            }
        }
        for (CTypedef d : u.typedefs()) {
            if (d.name() != null) {
                typedefs.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(new Located<>(u, d));
            }
        }
        for (CCall c : u.calls()) {
            calls.computeIfAbsent(c.callee(), k -> new ArrayList<>()).add(new Located<>(u, c));
        }
    }

    /** The indexed files, as a copy: the index may grow while a caller walks them. */
    public Collection<CTranslationUnit> units() {
        return List.copyOf(units.values());
    }

    /** The indexed file at {@code path}, or one read beside the frozen index. */
    public Optional<CTranslationUnit> unit(String path) {
        CTranslationUnit u = units.get(path);
        return Optional.ofNullable(u != null ? u : beside.get(path));
    }

    /** {@code " (did you mean 'x'?)"} with the indexed function closest to {@code name}, or "". */
    public String closestFunction(String name) {
        return Names.suggestion(name, functions.keySet());
    }

    /** {@code " (closest: x)"} with the indexed function nearest to {@code name}, or "" when none is indexed. */
    public String nearestFunction(String name) {
        return Names.closest(name, functions.keySet());
    }

    /**
     * {@code " (closest: x)"} with the indexed struct (or union, as {@code tag} says) nearest
     * to {@code tag}, by its bare name; "" when none is indexed.
     */
    public String nearestRecord(String tag) {
        String kind = tag.substring(0, tag.indexOf(' ') + 1);
        List<String> names = records.keySet().stream().filter(k -> k.startsWith(kind))
                .map(k -> k.substring(kind.length())).toList();
        return Names.closest(tag.substring(kind.length()), names);
    }

    /** Every definition, prototype and stub of a function, in file order. */
    public List<Located<CFunction>> functions(String name) {
        return functions.getOrDefault(name, List.of());
    }

    public List<Located<CFunction>> definitions(String name) {
        return functions(name).stream().filter(l -> l.node().isDefinition()).toList();
    }

    /** Definitions of {@code struct name} (or union); {@code tag} is {@code "struct foo"}. */
    public List<Located<CRecord>> records(String tag) {
        return records.getOrDefault(tag, List.of());
    }

    /** A field of a struct, searched in every definition of the struct. */
    public Optional<Located<CField>> field(String tag, String field) {
        for (Located<CRecord> r : records(tag)) {
            Optional<CField> f = r.node().field(field);
            if (f.isPresent()) {
                return Optional.of(new Located<>(r.unit(), f.get()));
            }
        }
        return Optional.empty();
    }

    /** Every typedef of {@code name} in the indexed files, in file order. */
    public List<Located<CTypedef>> typedefs(String name) {
        return typedefs.getOrDefault(name, List.of());
    }

    public List<Located<CVariable>> variables(String name) {
        return variables.getOrDefault(name, List.of());
    }

    /** Paths of the indexed files. */
    public Set<String> paths() {
        return Set.copyOf(units.keySet());
    }

    public List<Located<CCall>> callsTo(String callee) {
        return calls.getOrDefault(callee, List.of());
    }

    /** Every member-access chain in the indexed files. */
    public List<Located<CMemberAccess>> accesses() {
        List<Located<CMemberAccess>> out = new ArrayList<>();
        for (CTranslationUnit u : units.values()) {
            for (CMemberAccess a : u.accesses()) {
                out.add(new Located<>(u, a));
            }
        }
        return out;
    }
}

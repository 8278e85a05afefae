package respin.core.model;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import respin.core.model.source.LineMap;
import respin.core.model.source.Span;
import respin.core.model.source.TextWords;
import respin.core.model.tree.CFile;
import respin.core.model.tree.CTree;

/**
 * One parsed C file: its bytes and the model built on them.
 *
 * <p>{@code text} holds the file read as ISO-8859-1, one char per byte, so spans
 * are byte offsets and printing the text gives the file back unchanged.
 * {@code typedefs} are the file-scope typedefs.
 * {@code syntaxTree} holds the file's statements and expressions ({@link #syntax()}),
 * built from the text on first use; {@code words} the text's words ({@link #names}), listed
 * on first use too.
 */
public record CTranslationUnit(String path, String text, List<CFunction> functions, List<CRecord> records,
        List<CVariable> variables, List<CCall> calls, List<CMemberAccess> accesses, List<CDirective> directives,
        List<COpaque> opaque, List<CTypedef> typedefs, LineMap lines, LazySyntax syntaxTree, TextWords words) {

    /** A unit whose words are listed from its text on first use. */
    public CTranslationUnit(String path, String text, List<CFunction> functions, List<CRecord> records,
            List<CVariable> variables, List<CCall> calls, List<CMemberAccess> accesses, List<CDirective> directives,
            List<COpaque> opaque, List<CTypedef> typedefs, LineMap lines, LazySyntax syntaxTree) {
        this(path, text, functions, records, variables, calls, accesses, directives, opaque, typedefs, lines,
                syntaxTree, new TextWords(text));
    }

    /** A unit without a syntax tree ({@link #syntax()} throws). */
    public CTranslationUnit(String path, String text, List<CFunction> functions, List<CRecord> records,
            List<CVariable> variables, List<CCall> calls, List<CMemberAccess> accesses, List<CDirective> directives,
            List<COpaque> opaque, LineMap lines) {
        this(path, text, functions, records, variables, calls, accesses, directives, opaque, List.of(), lines,
                new LazySyntax(null));
    }

    /** The file's syntax tree: statements and expressions down to tokens, with parents. */
    public CFile syntax() {
        return syntaxTree.get();
    }

    /**
     * Builds the syntax trees of {@code units} that are not built yet, on every core, for a loop
     * that is about to ask them one by one (a tree is made from its own file's text alone).
     */
    public static void buildSyntax(Collection<CTranslationUnit> units) {
        List<CTranslationUnit> todo = units.stream().filter(u -> !u.syntaxTree().isBuilt()).toList();
        if (todo.size() > 1) {
            todo.parallelStream().forEach(CTranslationUnit::syntax);
        }
    }

    /** Nodes of the syntax tree of kind {@code type} that satisfy {@code filter}, in source order. */
    public <T extends CTree> List<T> find(Class<T> type, Predicate<? super T> filter) {
        return syntax().find(type, filter);
    }

    /**
     * True when {@code word} is a word of the text (in code, a comment or a string): a file
     * without it has no identifier by that name, so its syntax tree need not be built to look.
     */
    public boolean names(String word) {
        return words.contains(word);
    }

    /** The offsets where {@code word} stands as a whole word (in code, a comment or a string), ascending. */
    public int[] occurrences(String word) {
        return words.occurrences(word);
    }

    /** The offsets where one of {@code words} stands, ascending. */
    public int[] occurrences(Collection<String> words) {
        return words.stream().flatMapToInt(w -> IntStream.of(occurrences(w))).sorted().toArray();
    }

    /**
     * As {@link #find}, for nodes that hold one of {@code words}: only the subtrees around the
     * words' occurrences are walked, and a file without any has its tree not even built.
     */
    public <T extends CTree> List<T> findNaming(Collection<String> words, Class<T> type,
            Predicate<? super T> filter) {
        int[] at = occurrences(words);
        return at.length == 0 ? List.of() : syntax().find(type, filter, n -> n.span().holdsAny(at));
    }

    public Stream<CFunction> functions(String name) {
        return functions.stream().filter(f -> f.name().equals(name));
    }

    public Stream<CRecord> records(String name) {
        return records.stream().filter(r -> name.equals(r.name()));
    }

    public Stream<CCall> callsTo(String callee) {
        return calls.stream().filter(c -> c.callee().equals(callee));
    }

    /** The kernel-doc {@code @name:} lines of a function's comment, in order (empty without one). */
    public List<CDocTag> docTags(CFunction f) {
        return CDocTag.of(text, lines, f.doc());
    }

    /** The text a span covers. */
    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The innermost function definition whose body holds the offset, or null. */
    public CFunction enclosingFunction(int offset) {
        for (CFunction f : functions) {
            if (f.body() != null && f.body().span().start() <= offset && offset < f.body().span().end()) {
                return f;
            }
        }
        return null;
    }
}

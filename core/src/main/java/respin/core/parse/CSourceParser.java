package respin.core.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import respin.core.model.CDirective;
import respin.core.model.COpaque;
import respin.core.model.CTranslationUnit;
import respin.core.model.LazySyntax;
import respin.core.model.source.LineMap;
import respin.core.parse.lex.CLexer;
import respin.core.parse.lex.CParser;
import respin.core.parse.lex.CScanner;
import respin.core.parse.lex.ConditionalBranches;
import respin.core.parse.lex.GroupedTokenStream;
import respin.core.parse.lex.GroupedTokens;
import respin.core.parse.lex.NestingLimit;
import respin.core.parse.lex.Predictions;
import respin.core.parse.lex.Toks;
import respin.core.parse.tree.SyntaxTrees;
import respin.core.scan.UnitParser;

/**
 * Parses one file of kernel C into a {@link CTranslationUnit}.
 *
 * <p>The file is read as ISO-8859-1 so that offsets are byte offsets and any byte
 * sequence round-trips. Parsing never fails: what the grammar cannot place is
 * kept as {@link respin.core.model.COpaque} and the rest of the file is modelled.
 */
public final class CSourceParser {
    /** Bump when the same text would give another declaration model (the model cache keys on it). */
    static final int MODEL_VERSION = 2; // 2: function-type typedefs
    private static volatile long fallbacks;
    private static final UnitParser UNITS = new UnitParser() {
        @Override
        public CTranslationUnit parse(String path, String text) {
            return CSourceParser.parse(path, text);
        }

        @Override
        public LazySyntax syntax(String path, String text) {
            return new LazySyntax(() -> SyntaxTrees.parse(path, text));
        }

        @Override
        public String version() {
            return BUILD;
        }
    };
    private static final String BUILD = build();

    private CSourceParser() {
    }

    /** How many files failed the fast parse and were parsed again with error recovery so far (for benchmarks). */
    public static long fallbacks() {
        return fallbacks;
    }

    /**
     * The file printed back from its tokens: equal to the input exactly when the lexer
     * lost nothing (every byte in one token, in order).
     */
    public static String print(String text) {
        CScanner all = CScanner.scan(text);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < all.size; i++) {
            sb.append(text, all.start[i], all.end[i]);
        }
        return sb.toString();
    }

    /** The parser as the candidate scan uses it, with its model cache: this build's version, lazy syntax trees. */
    public static UnitParser units() {
        return UNITS;
    }

    /**
     * {@link #MODEL_VERSION} and the size and time of the jar this class came from; outside a jar
     * (a build's class folders) a version of this process only, since classes there change
     * without a version bump.
     */
    private static String build() {
        try {
            java.nio.file.Path p = java.nio.file.Path.of(CSourceParser.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            if (java.nio.file.Files.isRegularFile(p)) {
                return MODEL_VERSION + " " + java.nio.file.Files.size(p) + " "
                        + java.nio.file.Files.getLastModifiedTime(p).toMillis();
            }
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            // a version of this process only, below
        }
        return MODEL_VERSION + " process " + ProcessHandle.current().pid() + " " + System.nanoTime();
    }

    public static CTranslationUnit parse(String path, byte[] content) {
        return parse(path, new String(content, StandardCharsets.ISO_8859_1), content);
    }

    /**
     * Parses {@code text}, which holds one char per byte of the file. A file the parser cannot
     * take (its stack overflows on deep nesting, or it fails) becomes one opaque region, so one
     * bad file never stops a run.
     */
    public static CTranslationUnit parse(String path, String text) {
        return parse(path, text, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {@link #parse(String, String)} of {@code text} whose bytes the caller has already: {@code bytes}. */
    private static CTranslationUnit parse(String path, String text, byte[] bytes) {
        try {
            return parseOrFail(path, text, bytes);
        } catch (StackOverflowError e) {
            return opaque(path, text, "nested too deep for the parser's stack");
        } catch (RuntimeException e) {
            return opaque(path, text, "the parser failed: " + e);
        }
    }

    private static CTranslationUnit opaque(String path, String text, String reason) {
        LineMap lines = new LineMap(path, text);
        List<COpaque> all = text.isEmpty() ? List.of() : List.of(new COpaque(lines.span(0, text.length()), reason,
                List.of()));
        return new CTranslationUnit(path, text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                all, lines);
    }

    /**
     * The scan, the parse and the model, each step its own method: the JIT compiles the hot path
     * without the rare ones (the recovering re-parse loads its classes late, which would throw the
     * compiled code of one large method away) and without loops of its own to compile on the stack.
     */
    private static CTranslationUnit parseOrFail(String path, String text, byte[] bytes) {
        CScanner all = CScanner.code(text, bytes);
        ConditionalBranches.hideUnbalancedBranches(all);
        LineMap lines = new LineMap(path, all.lineStarts());
        Toks toks = new Toks(all);
        ListTokenSource source = new ListTokenSource(List.of(), path); // names the file, makes recovery's tokens
        List<org.antlr.v4.runtime.Token> groupedTokens = GroupedTokens.of(toks, lines, source);
        GroupedTokenStream grouped = new GroupedTokenStream(groupedTokens, source);
        CParser parser = new CParser(grouped);
        CParser.TranslationUnitContext tree = fastParse(parser);
        boolean recovered = tree == null;
        if (recovered) {
            tree = recoveringParse(parser, grouped);
        }
        ModelBuilder b = new ModelBuilder(toks, lines, new DocComments(text, lines), recovered);
        b.translationUnit(tree);
        groupedOpaque(b, groupedTokens);
        List<CDirective> directives = directives(all, text, bytes, lines);
        all.recycle(); // its arrays serve the next file's scan
        return new CTranslationUnit(path, text, List.copyOf(b.functions), List.copyOf(b.records),
                List.copyOf(b.variables), List.copyOf(b.calls), List.copyOf(b.accesses),
                directives, b.opaque.list(), List.copyOf(b.typedefs), lines,
                new LazySyntax(() -> SyntaxTrees.parse(path, text)));
    }

    /** The fast parse: SLL, with respin's predictions, bailing out at the first error (null then). */
    private static CParser.TranslationUnitContext fastParse(CParser parser) {
        parser.setInterpreter(new Predictions(parser));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.translationUnit();
        } catch (ParseCancellationException e) {
            return null;
        }
    }

    /**
     * The parse again from the start, recovering from errors (a file in two hundred). Still SLL: on
     * every file of Linux 6.12 (314) and 6.1 (269) that fails the fast parse the tree is the one
     * full-context LL gives, at a fifteenth of the cost.
     */
    private static CParser.TranslationUnitContext recoveringParse(CParser parser, GroupedTokenStream grouped) {
        fallbacks++;
        grouped.seek(0);
        parser.reset();
        parser.setErrorHandler(new RunRecovery());
        return parser.translationUnit();
    }

    /** The grouped tokens the parser saw as one (nested too deep, a run of operators) are opaque. */
    private static void groupedOpaque(ModelBuilder b, List<org.antlr.v4.runtime.Token> groupedTokens) {
        for (int i = 0, n = groupedTokens.size(); i < n; i++) {
            org.antlr.v4.runtime.Token g = groupedTokens.get(i);
            int type = g.getType();
            if (type == CLexer.DEEP || type == CLexer.RUN) {
                b.opaque.insert(g.getStartIndex(), g.getStopIndex() + 1,
                        type == CLexer.DEEP ? NestingLimit.REASON : GroupedTokens.RUN_REASON);
            }
        }
    }

    /** The directives, which the scanner listed as it met them. */
    private static List<CDirective> directives(CScanner all, String text, byte[] bytes, LineMap lines) {
        CDirective[] out = new CDirective[all.directiveCount];
        for (int d = 0; d < out.length; d++) {
            int s = all.start[all.directives[d]];
            int e = all.end[all.directives[d]];
            out[d] = new CDirective(ConditionalBranches.keyword(bytes, s, e), text.substring(s, e), lines.span(s, e));
        }
        return List.of(out);
    }
}

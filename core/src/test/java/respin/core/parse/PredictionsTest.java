package respin.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;
import respin.core.model.source.LineMap;
import respin.core.parse.lex.CParser;
import respin.core.parse.lex.CScanner;
import respin.core.parse.lex.ConditionalBranches;
import respin.core.parse.lex.GroupedTokenStream;
import respin.core.parse.lex.GroupedTokens;
import respin.core.parse.lex.Predictions;
import respin.core.parse.lex.Toks;

/**
 * {@link Predictions} answers some of the grammar's decisions off the token types instead of
 * ANTLR's prediction; the answers must be ANTLR's. Every kernel-fixtures file and mutants of
 * them are parsed (fast SLL mode, as CSourceParser does first) with ANTLR's own prediction and
 * with Predictions: the parse trees must be the same rule for rule and token for token, and a
 * file must fail the fast parse under both or neither. A change to CParser.g4 that moves an
 * alternative and not Predictions fails here.
 */
class PredictionsTest {
    private static final int MUTANTS = 1500;

    @Test
    void predictionsAreAntlrsOnFixturesAndMutants() throws Exception {
        List<String> differ = new ArrayList<>();
        int failedBoth = 0;
        for (Map.Entry<String, String> e : samples().entrySet()) {
            failedBoth += compare(e.getKey(), e.getValue(), differ);
        }
        assertEquals(List.of(), differ);
        // the mutants must reach the failure path too, or the second half of the check proves nothing
        assertTrue(failedBoth > 0, "no mutant failed the fast parse");
    }

    /**
     * A file that fails the fast parse is parsed again with error recovery, still in SLL mode
     * (Predictions then leaves every decision to ANTLR): the tree must be the one full-context
     * (LL) prediction gives, error nodes included, wherever LL's full-context look-ahead ended
     * in an answer. Where it ran into the syntax error itself, ANTLR takes an alternative that
     * reaches the end of the rule and SLL the lowest of the conflict; those samples (a few of
     * the mutants; none of the 314 failing files of Linux 6.12) are counted, not compared.
     */
    @Test
    void recoveryInSllModeGivesFullContextTreesOnFixturesAndMutants() throws Exception {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        int metError = 0;
        for (Map.Entry<String, String> e : samples().entrySet()) {
            if (!parse(e.getKey(), e.getValue(), false).equals("FAIL")) {
                continue;
            }
            FullContext ll = new FullContext();
            String full = recovered(e.getKey(), e.getValue(), ll);
            if (ll.metError) {
                metError++;
            } else {
                compared++;
                if (!recovered(e.getKey(), e.getValue(), null).equals(full)) {
                    differ.add(e.getKey());
                }
            }
        }
        assertEquals(List.of(), differ);
        assertTrue(compared > 20 && metError < compared, compared + " compared, " + metError + " not");
    }

    /**
     * CParser consumes the plain tokens of a run at once ({@code skipRun}) instead of one loop
     * iteration per token: the trees must be the loop's, of the fast parse and, where that
     * fails, of the re-parse with error recovery.
     */
    @Test
    void runsConsumedAtOnceGiveTheTreesOfTheTokenLoop() throws Exception {
        List<String> differ = new ArrayList<>();
        int failed = 0;
        for (Map.Entry<String, String> e : samples().entrySet()) {
            String fast = parse(parser(e.getKey(), e.getValue(), true, false));
            if (!fast.equals(parse(parser(e.getKey(), e.getValue(), true, true)))) {
                differ.add(e.getKey() + ": fast parse");
            }
            if (fast.equals("FAIL")) {
                failed++;
                if (!recovered(parser(e.getKey(), e.getValue(), true, false), PredictionMode.SLL)
                        .equals(recovered(parser(e.getKey(), e.getValue(), true, true), PredictionMode.SLL))) {
                    differ.add(e.getKey() + ": recovered");
                }
            }
        }
        assertEquals(List.of(), differ);
        assertTrue(failed > 20, "too few samples failed the fast parse: " + failed);
    }

    /** ANTLR's prediction in LL mode, noting a full-context look-ahead that ended in no answer. */
    private static final class FullContext {
        boolean metError;

        ParserATNSimulator simulator(CParser parser) {
            return new ParserATNSimulator(parser, parser.getATN(), parser.getInterpreter().decisionToDFA,
                    new PredictionContextCache()) {
                private boolean answered;

                @Override
                protected int execATNWithFullContext(DFA dfa, DFAState d, ATNConfigSet s0, TokenStream input,
                        int startIndex, ParserRuleContext outerContext) {
                    answered = false;
                    try {
                        return super.execATNWithFullContext(dfa, d, s0, input, startIndex, outerContext);
                    } finally {
                        metError |= !answered;
                    }
                }

                @Override
                protected void reportContextSensitivity(DFA dfa, int prediction, ATNConfigSet configs,
                        int startIndex, int stopIndex) {
                    answered = true;
                    super.reportContextSensitivity(dfa, prediction, configs, startIndex, stopIndex);
                }

                @Override
                protected void reportAmbiguity(DFA dfa, DFAState d, int startIndex, int stopIndex, boolean exact,
                        BitSet ambigAlts, ATNConfigSet configs) {
                    answered = true;
                    super.reportAmbiguity(dfa, d, startIndex, stopIndex, exact, ambigAlts, configs);
                }
            };
        }
    }

    /** Every kernel-fixtures file, then {@link #MUTANTS} mutants of them, by name. */
    private static Map<String, String> samples() throws Exception {
        Map<String, String> sources = CSourceParserFuzzTest.sources(
                Path.of(System.getProperty("respin.root", "..")).resolve("kernel-fixtures"));
        assertTrue(sources.size() > 10, "too few source files: " + sources.size());
        Map<String, String> all = new LinkedHashMap<>(sources);
        List<String> paths = List.copyOf(sources.keySet());
        Random random = new Random(CSourceParserFuzzTest.SEED);
        for (int i = 0; i < MUTANTS; i++) {
            long seed = random.nextLong();
            Random r = new Random(seed);
            String path = paths.get(r.nextInt(paths.size()));
            all.put("mutant " + seed + " of " + path, Mutants.mutate(sources.get(path), r));
        }
        return all;
    }

    /** Adds to {@code differ} when the two parses differ; 1 when both failed the fast parse. */
    private static int compare(String name, String text, List<String> differ) {
        String antlr = parse(name, text, false);
        String ours = parse(name, text, true);
        if (!antlr.equals(ours)) {
            differ.add(name + ": " + (antlr.equals("FAIL") || ours.equals("FAIL")
                    ? "fast parse fails with " + (antlr.equals("FAIL") ? "ANTLR's" : "Predictions'") + " answers only"
                    : "parse trees differ"));
        }
        return antlr.equals("FAIL") && ours.equals("FAIL") ? 1 : 0;
    }

    private static String parse(String name, String text, boolean predictions) {
        return parse(parser(name, text, predictions, false));
    }

    private static String parse(CParser parser) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            StringBuilder sb = new StringBuilder();
            dump(parser.translationUnit(), sb);
            return sb.toString();
        } catch (ParseCancellationException e) {
            return "FAIL";
        }
    }

    /**
     * The tree with error recovery: as CSourceParser's second parse (SLL, Predictions installed),
     * or with {@code ll}'s full-context prediction.
     */
    private static String recovered(String name, String text, FullContext ll) {
        CParser parser = parser(name, text, ll == null, false);
        if (ll != null) {
            parser.setInterpreter(ll.simulator(parser));
        }
        return recovered(parser, ll == null ? PredictionMode.SLL : PredictionMode.LL);
    }

    private static String recovered(CParser parser, PredictionMode mode) {
        parser.getInterpreter().setPredictionMode(mode);
        parser.setErrorHandler(new RunRecovery());
        StringBuilder sb = new StringBuilder();
        dump(parser.translationUnit(), sb);
        return sb.toString();
    }

    /** The parser of {@code text}, with Predictions or not, and with the run loop taking every token or not. */
    private static CParser parser(String name, String text, boolean predictions, boolean tokenByToken) {
        CScanner all = CScanner.code(text, text.getBytes(StandardCharsets.ISO_8859_1));
        ConditionalBranches.hideUnbalancedBranches(all);
        LineMap lines = new LineMap(name, all.lineStarts());
        ListTokenSource source = new ListTokenSource(List.of(), name);
        List<Token> grouped = GroupedTokens.of(new Toks(all), lines, source);
        GroupedTokenStream stream = new GroupedTokenStream(grouped, source);
        CParser parser = !tokenByToken ? new CParser(stream) : new CParser(stream) {
            @Override
            protected void skipRun() {
                // every token of a run to the grammar's loop
            }
        };
        if (predictions) {
            parser.setInterpreter(new Predictions(parser));
        }
        parser.removeErrorListeners();
        return parser;
    }

    /** Rule index, first and last token index of every context, '.' per token, '!' per error node. */
    private static void dump(ParseTree t, StringBuilder sb) {
        if (t instanceof ParserRuleContext c) {
            sb.append('(').append(c.getRuleIndex()).append(' ').append(c.getStart().getTokenIndex()).append(' ')
                    .append(c.getStop() == null ? -1 : c.getStop().getTokenIndex()).append(c.exception != null ? "E" : "");
            if (c.children != null) {
                for (ParseTree x : c.children) {
                    dump(x, sb);
                }
            }
            sb.append(')');
        } else {
            sb.append(t instanceof ErrorNode ? "!" : ".");
        }
    }
}

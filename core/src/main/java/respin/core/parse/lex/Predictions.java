package respin.core.parse.lex;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.BasicBlockStartState;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PlusLoopbackState;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.atn.StarLoopEntryState;

/**
 * {@link CParser}'s prediction, with the answer for the common cases of its costly
 * decisions read straight off the token types.
 *
 * <p>Whether a block's next tokens are a statement or the last statement without ';', a
 * top-level run a function definition or a declaration, a struct's next tokens a member
 * or its last enumerators: ANTLR answers by reading the whole run up to its ';' or '{'
 * through its DFA, most of it twice (the block loop, then the block item). In SLL mode
 * its answer is the only alternative left viable, or, when several conflict, the lowest
 * of them; where a run of tokens ends in ';' or '{', or one or two tokens leave a single
 * alternative, that answer is known: each case below names the alternatives still viable
 * and the one ANTLR picks. Where ANTLR would find no alternative viable, the answer given
 * here only moves the failure a few tokens on (SLL's look-ahead over-approximates what
 * may follow, so no parse goes on from a token it rejects). That holds only while the first
 * failure ends the parse ({@link BailErrorStrategy}): a failed fast parse is parsed again
 * with error recovery, which would resume from such a moved failure (and can loop on it),
 * so then every prediction goes to ANTLR. Anything not covered below goes to ANTLR too.
 */
public final class Predictions extends ParserATNSimulator {
    private static final int OTHER = 0;
    private static final int BLOCK_LOOP = 1;
    private static final int BLOCK_ITEM = 2;
    private static final int ELSE_PART = 3;
    private static final int EXTERNAL_ITEM = 4;
    private static final int DECLARATION = 5;
    private static final int MEMBER = 6;
    private static final int MEMBER_LOOP = 7;
    private static final int FUNCTION_HEAD_LOOP = 8;
    private static final int TAG_WORDS = 9;
    private static final int CASE_WORDS = 10;

    /** The types a run of tokens is made of, one token each (CParser's ~(...) set). */
    private static final boolean[] PLAIN = new boolean[CLexer.VOCABULARY.getMaxTokenType() + 2];

    static {
        for (int ty = 1; ty < PLAIN.length; ty++) {
            PLAIN[ty] = true;
        }
        for (int ty : new int[] {CLexer.SEMI, CLexer.LBRACE, CLexer.RBRACE, CLexer.RPAREN, CLexer.RBRACKET,
                CLexer.STRUCT, CLexer.UNION, CLexer.ENUM, CLexer.MACRO_LINE, CLexer.INIT_ITEM, CLexer.DIRECTIVE,
                CLexer.BLOCK_COMMENT, CLexer.UNTERMINATED_COMMENT, CLexer.LINE_COMMENT, CLexer.WS}) {
            PLAIN[ty] = false;
        }
    }

    private final int[] kind;

    public Predictions(CParser parser) {
        super(parser, CParser._ATN, CParser._decisionToDFA, CParser._sharedContextCache);
        ATN atn = CParser._ATN;
        kind = new int[atn.getNumberOfDecisions()];
        boolean recordLoop = false;
        boolean headLoop = false;
        for (int d = 0; d < kind.length; d++) {
            DecisionState s = atn.getDecisionState(d);
            boolean block = s instanceof BasicBlockStartState;
            boolean loop = s instanceof StarLoopEntryState;
            kind[d] = switch (s.ruleIndex) {
                case CParser.RULE_compoundStatement -> loop ? BLOCK_LOOP : OTHER;
                case CParser.RULE_blockItem -> block ? BLOCK_ITEM : OTHER;
                case CParser.RULE_ifStatement -> block ? ELSE_PART : OTHER;
                case CParser.RULE_externalItem -> block ? EXTERNAL_ITEM : OTHER;
                case CParser.RULE_declaration -> block ? DECLARATION : OTHER;
                case CParser.RULE_memberDeclaration -> block ? MEMBER : OTHER;
                // the first loop of each: memberDeclaration*, and the run before the parameter list
                case CParser.RULE_recordBody -> loop && !recordLoop ? MEMBER_LOOP : OTHER;
                case CParser.RULE_functionDefinition -> loop && !headLoop ? FUNCTION_HEAD_LOOP : OTHER;
                case CParser.RULE_taggedType -> loop ? TAG_WORDS : OTHER;
                case CParser.RULE_labeledStatement -> s instanceof PlusLoopbackState ? CASE_WORDS : OTHER;
                default -> OTHER;
            };
            recordLoop |= kind[d] == MEMBER_LOOP;
            headLoop |= kind[d] == FUNCTION_HEAD_LOOP;
        }
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        if (kind[decision] != OTHER && input instanceof GroupedTokenStream in
                && getPredictionMode() == PredictionMode.SLL && parser.getErrorHandler() instanceof BailErrorStrategy) {
            int alt = known(kind[decision], in);
            if (alt > 0) {
                return alt;
            }
        }
        return super.adaptivePredict(input, decision, outerContext);
    }

    /** The alternative ANTLR's SLL prediction picks for decision {@code kind} at the input's position, or 0. */
    private static int known(int kind, GroupedTokenStream in) {
        int la = in.type(1);
        return switch (kind) {
            case BLOCK_LOOP -> blockLoop(in, la);
            case BLOCK_ITEM -> blockItem(in, la);
            case ELSE_PART -> elsePart(in, la);
            case EXTERNAL_ITEM -> externalItem(in);
            // the run up to ';' (1), or recordSpec (2): which needs a tag keyword and a body
            case DECLARATION -> ownRun(in, la) ? 1 : 0;
            case MEMBER -> ownRun(in, la) ? 1 : la == CLexer.RPAREN || la == CLexer.RBRACKET ? 3 : 0;
            case MEMBER_LOOP -> memberLoop(in, la);
            case FUNCTION_HEAD_LOOP -> functionHead(in, la);
            /*
             * (STRUCT | UNION | ENUM) IDENT* recordBody?: a word after the tag may be another tag word
             * (1) or the next token of the run (2). Taken as a tag word, the taggedType may end right
             * after it and go on as the run would: 1 is viable wherever 2 is, and the lower.
             */
            case TAG_WORDS -> la == CLexer.IDENT ? 1 : 2;
            /*
             * CASE run+? COLON, not greedy: 1 leaves for the ':', 2 reads one more token. Not at a
             * ':', only 2. At a ':' followed by a body the label's follow reads (a block, a run up
             * to ';', an if, loop or switch with a block), leaving is viable and the lower.
             */
            case CASE_WORDS -> la != CLexer.COLON ? 2 : bodyFollows(in, 2) ? 1 : 0;
            default -> 0;
        };
    }

    /**
     * {@code blockItem* lastStatement? RBRACE}: 1 for another block item, 2 for the exit. A '}'
     * ends the block (no item starts with it). A run of plain tokens (maybe empty) that ends in
     * anything but '}' or a tag keyword is no last statement, which only '}' may follow: 1, the
     * only alternative left (were no block item viable either, ANTLR would fail here and the
     * parse fails a little later instead: SLL's look-ahead over-approximates what may follow,
     * so no parse can go on from where it saw none). A run of plain tokens ending in ';' is a
     * simpleStatement at least.
     */
    private static int blockLoop(GroupedTokenStream in, int la) {
        if (la == CLexer.RBRACE) {
            return 2;
        }
        int end = runEnd(in, 1);
        return end == CLexer.RBRACE || tag(end) ? 0 : 1;
    }

    /**
     * {@code (ELSE blockItem)?}: 1 takes the else part, 2 leaves it. Without an ELSE only 2 is
     * viable. An ELSE followed by a block, or by a run of plain tokens up to ';', or by an if,
     * loop or switch head with a block is the start of a body that the else part reads, so 1 is
     * viable and the lower of any conflict.
     */
    private static int elsePart(GroupedTokenStream in, int la) {
        if (la != CLexer.ELSE) {
            return 2;
        }
        return bodyFollows(in, 2) ? 1 : 0;
    }

    /**
     * Whether a block item surely starts at {@code LA(k)}: a block, a run of plain tokens up to
     * ';', or an if, loop or switch head followed by a block.
     */
    private static boolean bodyFollows(GroupedTokenStream in, int k) {
        int ty = in.type(k);
        if (ty == CLexer.LBRACE || runEnd(in, k) == CLexer.SEMI) {
            return true;
        }
        boolean head = ty == CLexer.IF || ty == CLexer.FOR || ty == CLexer.WHILE || ty == CLexer.SWITCH;
        return head && in.type(k + 1) == CLexer.PARENS && in.type(k + 2) == CLexer.LBRACE;
    }

    /**
     * {@code run* PARENS funcTail* compoundStatement}: 1 reads one more token of the run, 2 leaves
     * for the parameter list. Any token but a PARENS continues the run. A PARENS followed by
     * words and parameter lists up to the '{': with another PARENS among them both are viable
     * and 1 is the lower; with none, only 2. Followed by anything else, the exit is dead.
     */
    private static int functionHead(GroupedTokenStream in, int la) {
        if (la != CLexer.PARENS) {
            return plain(la) || tag(la) ? 1 : 0;
        }
        boolean parens = false;
        int k = 2;
        for (int ty = in.type(k); ty == CLexer.IDENT || ty == CLexer.PARENS; ty = in.type(++k)) {
            parens |= ty == CLexer.PARENS;
        }
        return in.type(k) != CLexer.LBRACE || parens ? 1 : 2;
    }

    /**
     * blockItem's alternatives: 1 compound, 2 labeled, 3 if, 4 loop, 5 do, 6 switch, 7 jump,
     * 8 macroBlock, 9 simple, 10 stray.
     */
    private static int blockItem(GroupedTokenStream in, int la) {
        switch (la) {
            case CLexer.LBRACE:
                return 1;
            case CLexer.SEMI:
            case CLexer.STRUCT:
            case CLexer.UNION:
            case CLexer.ENUM:
                return 9;
            case CLexer.RPAREN:
            case CLexer.RBRACKET:
                return 10;
            case CLexer.RETURN:
            case CLexer.GOTO:
            case CLexer.BREAK:
            case CLexer.CONTINUE:
                // jump and simple read the same run to ';': both viable to the end, 7 the lower
                return runEnd(in, 2) == CLexer.SEMI ? 7 : 0;
            case CLexer.IDENT:
                return identItem(in);
            case CLexer.IF:
                return headedBody(in) ? 3 : 0;
            case CLexer.FOR:
            case CLexer.WHILE:
                return headedBody(in) ? 4 : 0;
            case CLexer.SWITCH:
                return headedBody(in) ? 6 : 0;
            case CLexer.DO:
                // simple and the stray dies at the '{'
                return in.type(2) == CLexer.LBRACE ? 5 : 0;
            case CLexer.DEFAULT:
                return in.type(2) == CLexer.COLON ? 2 : 0;
            case CLexer.CASE:
                return caseLabel(in) ? 2 : 0;
            case CLexer.ELSE:
                return 0;
            default:
                // any other plain token starts a simpleStatement only
                return plain(la) ? 9 : 0;
        }
    }

    /**
     * Whether the keyword at LA(1) has a parenthesized head and then a '{' or a run of plain
     * tokens up to ';': its statement (if, loop, switch) is viable to the end of that body and
     * beyond, where it may end as well, so it is among the alternatives of any conflict and
     * the lowest of them: simple (9), and the stray WHILE (10). At a '{' the simple and the
     * stray have died.
     */
    private static boolean headedBody(GroupedTokenStream in) {
        if (in.type(2) != CLexer.PARENS) {
            return false;
        }
        return in.type(3) == CLexer.LBRACE || runEnd(in, 3) == CLexer.SEMI;
    }

    /**
     * Whether a {@code case} at LA(1) is a label (2) rather than a simple statement (9): a ':'
     * after at least one plain token. Whatever a simple statement reads after that ':' can
     * follow a label as well, so the label is viable wherever the simple statement is.
     */
    private static boolean caseLabel(GroupedTokenStream in) {
        for (int k = 3; plain(in.type(k)); k++) {
            if (in.type(k) == CLexer.COLON) {
                return plain(in.type(2));
            }
        }
        return false;
    }

    /**
     * A block item starting with a word: labeled (IDENT ':') and macroBlock (IDENT PARENS then
     * a block, if, loop, do, switch or another macro) die on the tokens after it, leaving simple.
     */
    private static int identItem(GroupedTokenStream in) {
        int la2 = in.type(2);
        if (la2 == CLexer.COLON) {
            // labeled or simple: what simple reads after the ':' can follow the label as well
            return 2;
        }
        if (la2 != CLexer.PARENS) {
            return continuesSimple(la2) ? 9 : 0;
        }
        int la3 = in.type(3);
        if (la3 == CLexer.IDENT || la3 == CLexer.IF || la3 == CLexer.FOR || la3 == CLexer.WHILE || la3 == CLexer.DO
                || la3 == CLexer.SWITCH) {
            return 0;
        }
        return continuesSimple(la3) ? 9 : 0;
    }

    /**
     * externalItem's alternatives: 1 functionDefinition, 2 declaration, 3 MACRO_LINE, 4 INIT_ITEM,
     * 5 stray. A run of plain tokens ending in ';' is a declaration (the definition dies at the
     * ';'); one ending in '{' right after a parameter list and words or parameter lists is a
     * definition (a declaration dies at the '{').
     */
    private static int externalItem(GroupedTokenStream in) {
        int la = in.type(1);
        switch (la) {
            case CLexer.MACRO_LINE:
                return 3;
            case CLexer.INIT_ITEM:
                return 4;
            case CLexer.RPAREN:
            case CLexer.RBRACKET:
            case CLexer.RBRACE:
                return 5;
            default:
                break;
        }
        int k = runStop(in, 1);
        int end = in.type(k);
        if (end == CLexer.SEMI) {
            return 2;
        }
        if (end != CLexer.LBRACE) {
            return 0;
        }
        for (int j = k - 1; j >= 1; j--) {
            int ty = in.type(j);
            if (ty == CLexer.PARENS) {
                return 1;
            }
            if (ty != CLexer.IDENT) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Whether a declaration or member is the run up to ';' (1), the lower alternative: it is, and
     * recordSpec dead, unless a tag keyword with a body starts it; then a run up to ';' still is.
     */
    private static boolean ownRun(GroupedTokenStream in, int la) {
        if (plain(la) || la == CLexer.SEMI || tag(la) && !tagBody(in, 1)) {
            return true;
        }
        return tag(la) && runEnd(in, 1) == CLexer.SEMI;
    }

    /**
     * {@code memberDeclaration* run RBRACE}: 1 for another member, 2 for the exit. ')' or ']' is a
     * stray member; a run ending in ';' a member (the exit dies at the ';'), one ending in '}' the
     * last enumerators (a member dies at the '}'), unless a tag keyword with a body starts it:
     * that is a member (recordSpec) with the exit after it, viable too, and 1 the lower.
     */
    private static int memberLoop(GroupedTokenStream in, int la) {
        if (la == CLexer.RPAREN || la == CLexer.RBRACKET) {
            return 1;
        }
        int end = runEnd(in, 1);
        if (end == CLexer.SEMI) {
            return 1;
        }
        if (end == CLexer.RBRACE) {
            return tag(la) && tagBody(in, 1) ? 1 : 2;
        }
        return 0;
    }

    /**
     * The type of the first token from {@code LA(k)} on that ends a run: neither plain nor part of
     * a tagged type ({@code struct foo *p}, {@code struct { ... } x}: the braces of a body are no
     * end). A body is taken to end at its matching '}': where it does not parse as one, no
     * alternative that reads it does, and the parse fails whatever the prediction.
     */
    private static int runEnd(GroupedTokenStream in, int k) {
        return in.type(runStop(in, k));
    }

    /** The position ({@code LA(position)}) of the token {@link #runEnd} reads. */
    private static int runStop(GroupedTokenStream in, int k) {
        while (true) {
            int ty = in.type(k);
            if (plain(ty)) {
                k++;
            } else if (!tag(ty)) {
                return k;
            } else {
                int j = k + 1;
                while (in.type(j) == CLexer.IDENT) {
                    j++;
                }
                if (in.type(j) == CLexer.LBRACE) {
                    j = closer(in, j);
                    if (j < 0) {
                        return k;
                    }
                    j++;
                }
                k = j;
            }
        }
    }

    /** The position of the '}' that closes the '{' at {@code LA(k)}, or -1. */
    private static int closer(GroupedTokenStream in, int k) {
        int depth = 0;
        for (int ty = in.type(k); ty != Token.EOF; ty = in.type(++k)) {
            if (ty == CLexer.LBRACE) {
                depth++;
            } else if (ty == CLexer.RBRACE && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the tag keyword at {@code LA(k)} has a body: a '{' after its words. */
    private static boolean tagBody(GroupedTokenStream in, int k) {
        int j = k + 1;
        while (in.type(j) == CLexer.IDENT) {
            j++;
        }
        return in.type(j) == CLexer.LBRACE;
    }

    /** Whether a simpleStatement's run goes on with {@code ty}: a plain token, a tag keyword or its ';'. */
    private static boolean continuesSimple(int ty) {
        return plain(ty) || tag(ty) || ty == CLexer.SEMI;
    }

    /** Whether a token of type {@code ty} is one token of a run (CParser's ~(...) set, no tag keyword). */
    static boolean plain(int ty) {
        return ty > 0 && ty < PLAIN.length && PLAIN[ty];
    }

    private static boolean tag(int ty) {
        return ty == CLexer.STRUCT || ty == CLexer.UNION || ty == CLexer.ENUM;
    }
}

package respin.core.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import respin.core.parse.lex.CLexer;

/**
 * ANTLR's error recovery, linear on long runs where no item can start.
 *
 * <p>When an item fails twice at the same token, the default strategy skips that one
 * token and the parser predicts again from the next, which reads the rest of the run
 * each time: a run of n such tokens cost n² (100,000 '*' took over a minute). After
 * {@link #RUN} such skips in a row, this one skips to the next ';' (kept in the run)
 * or closing bracket instead. Shorter runs recover exactly as before.
 */
final class RunRecovery extends DefaultErrorStrategy {
    static final int RUN = 8;
    private int lastSkip = -2;
    private int skips;

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        TokenStream in = recognizer.getInputStream();
        int index = in.index();
        if (lastErrorIndex == index && lastErrorStates != null && lastErrorStates.contains(recognizer.getState())) {
            skips = index == lastSkip + 1 ? skips + 1 : 0;
            lastSkip = index;
            if (skips >= RUN) {
                while (in.LA(1) != Token.EOF && in.LA(1) != CLexer.SEMI && !closer(in.LA(1))) {
                    recognizer.consume();
                }
                if (in.LA(1) == CLexer.SEMI) {
                    recognizer.consume();
                }
                skips = 0;
                lastSkip = -2;
            }
        }
        super.recover(recognizer, e);
    }

    /** A stray closing bracket, which the grammar places itself (as before). */
    private static boolean closer(int type) {
        return type == CLexer.RPAREN || type == CLexer.RBRACKET || type == CLexer.RBRACE;
    }
}

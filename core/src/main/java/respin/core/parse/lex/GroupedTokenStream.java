package respin.core.parse.lex;

import java.util.List;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The parser's input: all of a file's {@link GroupedTokens} in an array, every one
 * on the default channel and the last one EOF. ANTLR's {@code CommonTokenStream}
 * fetches lazily and skips hidden channels on every look-ahead; here there is
 * nothing to fetch or skip, so {@code LA}, {@code LT} and {@code consume}, which
 * prediction calls for every token it looks at, are array reads.
 */
public final class GroupedTokenStream implements TokenStream {
    private final Token[] tokens;
    private final int[] types;
    /** How many of {@link #tokens} (and {@link #types}) are the stream's: the arrays may be longer. */
    private final int size;
    private final TokenSource source;
    private int p;

    public GroupedTokenStream(List<Token> tokens, TokenSource source) {
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).getType() != Token.EOF) {
            throw new IllegalArgumentException("the tokens must end with EOF");
        }
        if (tokens instanceof GroupedTokens.Sequence s) {
            this.tokens = s.tokens;
            this.types = s.types;
            this.size = s.size;
        } else {
            this.tokens = tokens.toArray(new Token[0]);
            this.size = this.tokens.length;
            this.types = new int[size];
            for (int i = 0; i < size; i++) {
                types[i] = this.tokens[i].getType();
            }
        }
        this.source = source;
    }

    @Override
    public Token LT(int k) {
        if (k == 0) {
            return null;
        }
        int i = k < 0 ? p + k : p + k - 1;
        return i < 0 ? null : tokens[Math.min(i, size - 1)];
    }

    @Override
    public int LA(int k) {
        if (k == 0) {
            return 0;
        }
        int i = k < 0 ? p + k : p + k - 1;
        return i < 0 ? Token.INVALID_TYPE : types[Math.min(i, size - 1)];
    }

    /**
     * {@code LA(k)} for {@code k >= 1}, callable without an interface call: the type of the k-th
     * token from the current one on, EOF past the end.
     */
    public int type(int k) {
        int i = p + k - 1;
        return i < size ? types[i] : Token.EOF;
    }

    @Override
    public void consume() {
        if (types[p] == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public Token get(int index) {
        return tokens[java.util.Objects.checkIndex(index, size)];
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.max(0, Math.min(index, size - 1));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder sb = new StringBuilder();
        int stop = Math.min(interval.b, size - 1);
        for (int i = Math.max(0, interval.a); i <= stop && types[i] != Token.EOF; i++) {
            sb.append(tokens[i].getText());
        }
        return sb.toString();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, size - 1));
    }

    @Override
    public String getText(RuleContext ctx) {
        return getText(ctx.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }
}

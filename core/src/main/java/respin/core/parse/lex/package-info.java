/**
 * Tokens: the ANTLR 4 lexer and grammar ({@code CLexer}, {@code CParser}), respin's own scanner
 * {@link respin.core.parse.lex.CScanner}, the token arrays ({@link respin.core.parse.lex.Toks}),
 * brace grouping with its nesting limit and both branches of each {@code #if}. Used by the
 * declaration builder and the syntax-tree builder alike.
 */
package respin.core.parse.lex;

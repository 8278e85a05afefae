/**
 * The syntax-tree builder: statements, declarations, expressions and initializers parsed from
 * the token arrays of {@code parse.lex} into {@code model.tree} nodes, opaque where the text is
 * not understood ({@link respin.core.parse.tree.SyntaxTrees} is the entry point).
 */
package respin.core.parse.tree;

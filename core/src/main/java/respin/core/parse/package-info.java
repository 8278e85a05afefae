/**
 * Stage 3, C model: the ANTLR 4 lexer, the tolerant grammar and the builder that turn a file into
 * the {@code model}, the scanner that walks it, and the tree-wide parse report.
 */
package respin.core.parse;

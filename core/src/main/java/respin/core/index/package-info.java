/**
 * Stage 4, tree index: symbols across the candidate files (definitions, prototypes, fields,
 * embedding, exports, uses) and the type resolution that types an expression.
 */
package respin.core.index;

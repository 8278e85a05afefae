/**
 * Stage 2, candidate files: a fast scan for the identifiers a recipe names keeps parsing to the
 * files that matter.
 */
package respin.core.scan;

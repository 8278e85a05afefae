/**
 * Stage 6's vocabulary, used by the plan: byte-range text edits, edit sets per file and kernel
 * layout of new code.
 */
package respin.core.edit;

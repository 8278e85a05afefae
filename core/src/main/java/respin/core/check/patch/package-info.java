/**
 * Stage 8, checks (reading): a patch file as checkpatch.pl reads it, its lines, hunks and the C
 * view of them.
 */
package respin.core.check.patch;

/**
 * Stage 8, checks (the real script): runs a tree's scripts/checkpatch.pl with perl and merges its
 * findings with respin's.
 */
package respin.core.check.checkpatch;

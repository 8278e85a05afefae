/**
 * Stage 8, checks (code rules): checkpatch.pl's rules on the added lines.
 */
package respin.core.check.rules;

/**
 * Stage 8, checks (reports): findings, rules and the checkpatch-style report of them.
 */
package respin.core.check.report;

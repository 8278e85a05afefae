/**
 * Stage 7, series: git's line diff (a port of xdiff's Myers with its heuristics, indent
 * compaction and splitting) and the byte primitives it works on.
 */
package respin.core.series.diff.xdiff;

/**
 * Stage 7, series (git's diff): a port of git's xdiff, the one diff engine of patches, diffstats,
 * patch ids and abbreviations.
 */
package respin.core.series.diff;

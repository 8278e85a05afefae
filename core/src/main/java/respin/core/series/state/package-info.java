/**
 * Stage 9, output (series state): the recorded versions of a series, their branches, changelogs
 * and range-diffs, for a respin.
 */
package respin.core.series.state;

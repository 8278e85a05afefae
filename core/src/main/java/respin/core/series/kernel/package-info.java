/**
 * Stage 7, series (kernel conventions): MAINTAINERS recipients and subject prefixes from the
 * tree's history.
 */
package respin.core.series.kernel;

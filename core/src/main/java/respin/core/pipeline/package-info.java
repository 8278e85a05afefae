/**
 * The pipeline itself: {@link respin.core.pipeline.Pipeline} runs checkout, scan, parse, index,
 * plan and edits; the commands here ({@code MakeSeries}, {@code RebaseSeries}, {@code
 * SeriesStatus}, {@code GrepCheck}, {@code ExportsQuery}) take it on to series, checks and output
 * for the CLI.
 */
package respin.core.pipeline;

/**
 * Stage 7, series (commits): the step commits on a new branch from the base, written in the object
 * database only, with hand edits re-applied and {@code --exec} at each patch.
 */
package respin.core.series.commit;

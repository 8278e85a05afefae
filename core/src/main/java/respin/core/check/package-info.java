/**
 * Stage 8, checks: all rules run on patch files ({@link respin.core.check.PatchChecker}), with the
 * real script when there is one ({@link respin.core.check.CheckPatches}).
 */
package respin.core.check;

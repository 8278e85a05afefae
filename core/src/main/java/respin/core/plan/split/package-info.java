/**
 * Stage 5, plan (its last part): a step whose recipe says {@code split:} becomes one patch per
 * group of its files, groups in a fixed order, each patch naming its group.
 */
package respin.core.plan.split;

/**
 * Stage 5, plan: a recipe of rewriters becomes semantic changes grouped into ordered, bisectable
 * steps with their sites and leftovers, and the file contents after each step.
 */
package respin.core.plan;

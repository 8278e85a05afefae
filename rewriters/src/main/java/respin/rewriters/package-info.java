/**
 * After the plan stage: generic rewriters (change a parameter's or a field's type, add a field or
 * a helper, map calls, convert at use sites) that a recipe composes.
 */
package respin.rewriters;

/**
 * The built-in recipes and the recipe file format (YAML) that compose the rewriters.
 */
package respin.rewriters.recipes;

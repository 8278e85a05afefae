/**
 * The errors every stage raises: {@link respin.core.error.RespinException} names file:line:col,
 * {@link respin.core.error.BadInputException} is the user's input (exit code 3).
 */
package respin.core.error;

/**
 * The command line {@code respin}: Picocli commands that parse options, call a pipeline command
 * and print its result; nothing else (see StageRulesTest).
 */
package respin.cli;

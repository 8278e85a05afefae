package respin.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;
import respin.core.error.BadInputException;
import respin.core.error.RespinException;

/** The {@code respin} command: a semantic refactoring bot for Linux-kernel C. */
@Command(name = "respin", mixinStandardHelpOptions = true, version = "respin 0.1.0",
        description = {"Turns a semantic refactoring of Linux-kernel C into a review-ready patch series.",
            "Without --repo, commands work on the bundled fixture tree (kernel-fixtures/mini-linux)."},
        subcommands = {RecipesCommand.class, ExplainCommand.class, DiffCommand.class, SeriesCommand.class,
            RebaseCommand.class, StatusCommand.class,
            CheckCommand.class,
            ParseCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:checks found problems (or a file did not round-trip)", "2:usage error",
            "3:bad input (not a repository, unknown revision or recipe, output folder not empty)"})
public final class Main {
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;

    public static void main(String[] args) {
        CommandLine cmd = commandLine();
        cmd.setOut(new StdoutWriter(System.out));
        System.exit(cmd.execute(args));
    }

    /** The configured command line; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof ParameterException pe) {
                return commandLine.getParameterExceptionHandler().handleParseException(pe, new String[0]);
            }
            if (ex instanceof BadInputException || ex instanceof RespinException) {
                err.println("respin: " + ex.getMessage());
                return BAD_INPUT;
            }
            err.println("respin: internal error: " + ex);
            return 70;
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("respin: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            return USAGE;
        });
        return cmd;
    }
}

package respin.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;
import respin.core.checkout.SourceTree;
import respin.core.error.BadInputException;
import respin.core.error.Failures;
import respin.core.error.RespinException;
import respin.core.error.UsageException;

/** The {@code respin} command: a semantic refactoring bot for Linux-kernel C. */
@Command(name = "respin", mixinStandardHelpOptions = true, version = "respin 0.1.0",
        description = {"Turns a semantic refactoring of Linux-kernel C into a review-ready patch series.",
            "Without --repo, commands work on the bundled fixture tree (kernel-fixtures/mini-linux)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:checks found problems (or a file did not round-trip)", "2:usage error",
            "3:bad input (not a repository, unknown revision or recipe, output folder not empty or not writable)",
            "70:internal error (a bug in respin, or out of memory or stack); --debug shows the stack trace"})
public final class Main {
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    /** An internal error: sysexits' EX_SOFTWARE. */
    public static final int INTERNAL = 70;
    /** The subcommands, in the order {@code --help} lists them. */
    private static final List<Class<?>> COMMANDS = List.of(RecipesCommand.class, ExplainCommand.class,
            DiffCommand.class, SeriesCommand.class, RebaseCommand.class, StatusCommand.class, CheckCommand.class,
            ParseCommand.class, CommandLine.HelpCommand.class);

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, print the Java stack trace too (RESPIN_DEBUG=1 does the same).")
    boolean debug;

    public static void main(String[] args) {
        SourceTree.prepare(); // JGit's set-up on another core while picocli reads the options
        CommandLine cmd = commandLine(args);
        cmd.setOut(new StdoutWriter(System.out));
        int exit = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        System.exit(exit);
    }

    /** The configured command line with every subcommand; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The configured command line for {@code args}: with only the subcommand they name, when they
     * name one (picocli reads every option of every command it is given by reflection, a tenth of
     * a warm {@code diff}), with all of them otherwise ({@code --help}, {@code help}, a typo).
     */
    static CommandLine commandLine(String[] args) {
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        List<Class<?>> only = COMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class
                && c.getAnnotation(Command.class).name().equals(named)).toList();
        CommandLine cmd = new CommandLine(new Main());
        (only.isEmpty() ? COMMANDS : only).forEach(cmd::addSubcommand);
        return configure(cmd);
    }

    /** {@code cmd} with respin's exit codes and one-line errors. */
    static CommandLine configure(CommandLine cmd) {
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cmd.setExecutionStrategy(parseResult -> {
            try {
                return run.execute(parseResult);
            } catch (StackOverflowError | OutOfMemoryError e) {
                return internal(parseResult, e, Failures.describe(e));
            }
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ParameterException pe) {
                return commandLine.getParameterExceptionHandler().handleParseException(pe, new String[0]);
            }
            if (ex instanceof UsageException) {
                debug(parseResult, commandLine.getErr(), ex);
                commandLine.getErr().println("respin: " + ex.getMessage());
                return USAGE;
            }
            if (ex instanceof BadInputException || ex instanceof RespinException) {
                debug(parseResult, commandLine.getErr(), ex);
                commandLine.getErr().println("respin: " + ex.getMessage());
                return BAD_INPUT;
            }
            return internal(parseResult, ex, Failures.describe(ex));
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("respin: " + ex.getMessage());
            return USAGE;
        });
        return cmd;
    }

    private static int internal(ParseResult parseResult, Throwable e, String what) {
        CommandLine c = parseResult.commandSpec().commandLine();
        while (c.getParseResult() != null && c.getParseResult().subcommand() != null) {
            c = c.getParseResult().subcommand().commandSpec().commandLine();
        }
        debug(parseResult, c.getErr(), e);
        c.getErr().println("respin: internal error: " + what);
        c.getErr().flush();
        return INTERNAL;
    }

    /** Prints the stack trace when the command line asked for it ({@code --debug} or RESPIN_DEBUG=1). */
    private static void debug(ParseResult parseResult, PrintWriter err, Throwable e) {
        boolean asked = "1".equals(System.getenv("RESPIN_DEBUG"));
        for (ParseResult p = parseResult; p != null && !asked; p = p.subcommand()) {
            asked = p.hasMatchedOption("--debug");
        }
        if (asked) {
            e.printStackTrace(err);
        }
    }
}

package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import respin.core.checkout.FixtureRepository;

/** Exit codes and the one line on stderr, whatever goes wrong. */
class MainTest {
    @TempDir
    Path tmp;

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Parameters
        String what;

        @Option(names = "--debug")
        boolean debug;

        @Override
        public Integer call() {
            switch (what) {
                case "stack" -> throw new StackOverflowError();
                case "memory" -> throw new OutOfMemoryError("Java heap space");
                case "jgit-memory" -> throw new LargeObjectException.OutOfMemory(new OutOfMemoryError("Java heap space"));
                default -> throw new IllegalStateException("a bug\nover two lines");
            }
        }
    }

    private static Cli boom(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.configure(new CommandLine(new Boom()));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return new Cli(cmd.execute(args), out.toString(), err.toString());
    }

    /** They gave exit code 1, which says "checks found problems", and a stack trace. */
    @Test
    void stackAndMemoryAreInternalErrorsOnOneLine() {
        Cli r = boom("stack");
        assertEquals("respin: internal error: out of stack (a construct nested too deep)\n", r.err());
        assertEquals(70, r.exit());
        r = boom("memory");
        assertEquals("respin: internal error: out of memory (Java heap space); RESPIN_JAVA_OPTS=-Xmx4g gives Java more\n",
                r.err());
        assertEquals(70, r.exit());
        // JGit wraps it: the run said "internal error: org.eclipse.jgit.errors.LargeObjectException$OutOfMemory: …"
        r = boom("jgit-memory");
        assertEquals("respin: internal error: out of memory (Java heap space); RESPIN_JAVA_OPTS=-Xmx4g gives Java more\n",
                r.err());
        assertEquals(70, r.exit());
        r = boom("bug");
        assertEquals("respin: internal error: java.lang.IllegalStateException: a bug over two lines\n", r.err());
        assertEquals(70, r.exit());
    }

    @Test
    void debugPrintsTheStackTrace() {
        Cli r = boom("bug", "--debug");
        assertTrue(r.err().startsWith("java.lang.IllegalStateException: a bug\nover two lines\n\tat "), r.err());
        assertTrue(r.err().endsWith("respin: internal error: java.lang.IllegalStateException: a bug over two lines\n"));
        assertEquals(70, r.exit());
    }

    @Test
    void helpListsTheExitCodes() {
        String help = Cli.run("--help").out();
        assertTrue(help.contains("  70   internal error (a bug in respin, or out of memory or stack); --debug\n"),
                help);
    }

    /** The real thing: a run out of heap, as a process. */
    @Test
    void runningOutOfMemoryIsOneLineAndExit70() throws Exception {
        File git = tmp.resolve("big.git").toFile();
        byte[] big = "int a0 = (1 + 2) * 3;\n".repeat(600_000).getBytes(StandardCharsets.UTF_8);
        FixtureRepository.create(git, Map.of("big.c", big), new PersonIdent("t", "t@example.org", 0L, 0), "base\n");
        Cli r = Launched.run(List.of("-Xmx48m"), Map.of(), "parse", "--repo", git.toString());
        assertTrue(r.err().matches("respin: internal error: out of memory \\([^\n]*\\); RESPIN_JAVA_OPTS=-Xmx4g gives "
                + "Java more\n"), r.err());
        assertEquals(70, r.exit());
    }
}

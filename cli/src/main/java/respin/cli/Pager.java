package respin.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Output paged as git pages it: on a terminal through {@code $GIT_PAGER}, else {@code $PAGER},
 * else {@code less}, run by the shell with {@code LESS=FRX} and {@code LV=-c} unless already
 * set; an empty pager or {@code cat} means none, and output to a pipe or file is never paged.
 */
final class Pager {
    private Pager() {
    }

    /** Whether standard output is a terminal (on Linux, asked of /proc; elsewhere, of the JVM's console). */
    static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    /** Whether file descriptor {@code fd} is a terminal: Linux names it in /proc; elsewhere, whether there is a console. */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** The pager command git would run, or null for none. */
    static String command(Map<String, String> env) {
        String pager = env.get("GIT_PAGER");
        if (pager == null) {
            pager = env.get("PAGER");
        }
        if (pager == null) {
            pager = "less";
        }
        return pager.isBlank() || pager.equals("cat") ? null : pager;
    }

    /** Writes {@code text} to the pager on a terminal, else to {@code out} (its bytes unchanged when it is stdout). */
    static void show(byte[] text, PrintWriter out, boolean terminal, Map<String, String> env) {
        String pager = terminal ? command(env) : null;
        if (pager == null || text.length == 0) {
            write(text, out);
            return;
        }
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", pager).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putIfAbsent("LESS", "FRX");
        pb.environment().putIfAbsent("LV", "-c");
        try {
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(text);
            } catch (IOException e) {
                // the reader quit before the end, as a user of less may
            }
            p.waitFor();
        } catch (IOException e) {
            write(text, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(byte[] text, PrintWriter out) {
        out.flush();
        if (out instanceof StdoutWriter raw) {
            raw.writeBytes(text);
        } else {
            out.print(new String(text, StandardCharsets.UTF_8));
            out.flush();
        }
    }
}

package respin.core.checkout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import respin.core.error.BadInputException;

/** {@code git grep} at the tree's commit over its .c and .h files, run by the git on PATH. */
public final class GitGrep {
    /** One hit: the path in the tree and the 1-based line. */
    public record Hit(String path, int line) {
    }

    private GitGrep() {
    }

    /**
     * The hits of {@code git grep ARGS REV -- '*.c' '*.h'} ({@code args} should hold {@code -n}).
     *
     * @throws BadInputException if git cannot run or fails
     */
    public static List<Hit> run(SourceTree tree, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of("git", "--git-dir",
                tree.repository().getDirectory().getAbsolutePath(), "grep"));
        cmd.addAll(args);
        cmd.addAll(List.of(tree.commit().name(), "--", "*.c", "*.h"));
        List<Hit> hits = new ArrayList<>();
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int rc = p.waitFor();
            if (rc > 1) {
                throw new BadInputException("git grep failed (exit " + rc + ")");
            }
            for (String l : text.split("\n")) {
                String[] parts = l.split(":", 4);
                if (parts.length == 4) {
                    hits.add(new Hit(parts[1], Integer.parseInt(parts[2])));
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot run git grep: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("git grep interrupted");
        }
        return hits;
    }
}

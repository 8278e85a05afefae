package respin.core.checkout;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;

/** Bare repositories of a few text files, one commit, for the tests of the stages that read a tree. */
public final class TestRepos {
    private static final PersonIdent IDENT = new PersonIdent("T", "t@example.org", 1731801600000L, 0);

    private TestRepos() {
    }

    /** {@code where/r.git} holding {@code files} (path to UTF-8 text) as its one commit. */
    public static File of(Path where, Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((p, text) -> bytes.put(p, text.getBytes(StandardCharsets.UTF_8)));
        File git = where.resolve("r.git").toFile();
        FixtureRepository.create(git, bytes, IDENT, "base\n");
        return git;
    }
}

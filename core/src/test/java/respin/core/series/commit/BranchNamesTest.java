package respin.core.series.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BranchNamesTest {
    static final List<String> NAMES = List.of("respin/kvm-file-v1", "HEAD", "a..b", "-x", "a@{1}", "a/", "/a",
            "a//b", "a.", ".a", "a/.b", "a.lock", "a/b.lock/c", "a b", "a~1", "a^", "a:b", "a?", "a*", "a[b",
            "a\\b", "a\tb", "", "feature/x.y", "HEAD/x", "x/HEAD", "v1.2", "a@b", "@x", "ö", "a-", "a.lock.b");

    @Test
    void agreesWithGitCheckRefFormat() throws Exception {
        GitCli.assumeGit();
        for (String name : NAMES) {
            Process p = new ProcessBuilder("git", "check-ref-format", "--branch", name).redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            boolean gitOk = p.waitFor() == 0;
            assertEquals(gitOk, BranchNames.problem(name).isEmpty(), name + ": " + BranchNames.problem(name));
        }
    }

    @Test
    void saysWhy() {
        assertEquals("HEAD names the current commit, not a branch", BranchNames.problem("HEAD").orElseThrow());
        assertEquals("it contains '..'", BranchNames.problem("a..b").orElseThrow());
        // git takes '@' for the current branch; respin, which creates the branch, refuses it
        assertEquals("'@' alone means HEAD", BranchNames.problem("@").orElseThrow());
    }
}

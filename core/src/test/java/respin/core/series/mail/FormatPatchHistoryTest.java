package respin.core.series.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.GitCli;
import respin.core.series.commit.Series;
import respin.core.series.commit.SeriesFixture;
import respin.core.series.kernel.Recipients;

/**
 * respin's format-patch against the system git's on a generated history of {@value #COMMITS}
 * commits ({@link HistoryGenerator}: additions, deletions, renames, mode changes, binary files,
 * missing final newlines, non-ASCII and quoted authors, long subjects, empty bodies), in the
 * shapes a series is sent in: cover letter and threading, {@code -v N}, subject prefixes,
 * {@code --rfc}, To/Cc, a base below the series (prerequisite patch ids), a lone patch.
 * Every file must be identical to the byte; the only rewrite is the time git puts in
 * Message-Ids (its clock, respin's commit date).
 */
class FormatPatchHistoryTest {
    static final int COMMITS = 240;
    private static final Pattern MESSAGE_ID_TIME = Pattern.compile("\\.\\d+\\.git\\.");

    @TempDir
    static Path tmp;
    private static GitCli git;
    private static Repository repo;
    private static Path dir;
    private static RevCommit root;
    private static List<RevCommit> commits;

    @BeforeAll
    static void history() throws Exception {
        GitCli.assumeGit();
        Files.createDirectories(tmp.resolve("home"));
        git = new GitCli(tmp.resolve("home"), SeriesFixture.AUTHOR);
        dir = tmp.resolve("repo");
        repo = SeriesFixture.create(dir, Map.of(".gitattributes", "*.c diff=cpp\n*.h diff=cpp\n"));
        root = repo.parseCommit(SeriesFixture.head(repo));
        commits = new HistoryGenerator(repo, 2024).commits(root, COMMITS, SeriesFixture.AUTHOR.toPersonIdent());
        RefUpdate ru = repo.updateRef("refs/heads/hist");
        ru.setNewObjectId(commits.get(commits.size() - 1));
        assertEquals(RefUpdate.Result.NEW, ru.update());
        git.run(dir, "config", "branch.hist.description", "History\n\nA generated history.");
    }

    @AfterAll
    static void close() {
        if (repo != null) {
            repo.close();
        }
    }

    @Test
    void historyCoversTheCases() throws Exception {
        String log = git.run(dir, "log", "--format=%an", "--summary", "--numstat", "-M", root.name() + "..hist");
        assertTrue(log.contains(" create mode 100755 "), "executable files");
        assertTrue(log.contains(" delete mode "), "deletions");
        assertTrue(log.contains(" rename "), "renames");
        assertTrue(log.contains(" mode change "), "mode changes");
        assertTrue(log.contains("-\t-\t"), "binary files");
        assertTrue(log.contains("J\u00f6hn"), "non-ASCII authors");
        String patches = git.run(dir, "log", "-p", "--binary", "-M", root.name() + "..hist");
        assertTrue(patches.contains("\n\\ No newline at end of file\n"), "missing final newlines");
        assertTrue(patches.contains("\ndelta "), "binary delta hunks");
        assertTrue(patches.contains("\nliteral "), "binary literal hunks");
    }

    @Test
    void coverLetterAndThreadMatchGit() throws Exception {
        Series s = new Series(root, commits, "hist");
        List<PatchFile> mine = new FormatPatch(repo).series(s).thread(true).signature("respin 0.1.0")
                .coverLetter(new CoverLetter("History", "A generated history.", List.of())).call();
        compare("cover", mine, "--cover-letter", "--cover-from-description=subject", "--thread",
                "--signature=respin 0.1.0", "--base=" + root.name(), root.name() + "..hist");
        assertTrue(mine.get(1).text().contains("Subject: [PATCH 001/" + COMMITS + "] "));
    }

    @Test
    void rerollPrefixAndRecipientsMatchGit() throws Exception {
        Series s = new Series(root, commits, "hist");
        Recipients r = new Recipients(List.of("kvm@vger.kernel.org", "Paolo Bonzini <pbonzini@redhat.com>"),
                List.of("J\u00f6rg R\u00f6del <joro@example.org>", "linux-kernel@vger.kernel.org"));
        List<PatchFile> mine = new FormatPatch(repo).series(s).version(3).subjectPrefix("PATCH net-next")
                .recipients(List.of(r)).call();
        compare("v3", mine, "-v3", "--subject-prefix=PATCH net-next", "--no-signature",
                "--to=kvm@vger.kernel.org", "--to=Paolo Bonzini <pbonzini@redhat.com>",
                "--cc=J\u00f6rg R\u00f6del <joro@example.org>", "--cc=linux-kernel@vger.kernel.org",
                "--base=" + root.name(), root.name() + "..hist");
        assertTrue(mine.get(0).fileName().startsWith("v3-0001-"));
    }

    @Test
    void baseBelowTheSeriesListsPrerequisitesLikeGit() throws Exception {
        List<RevCommit> last = commits.subList(COMMITS - 30, COMMITS);
        Series s = new Series(commits.get(COMMITS - 31), last, "hist");
        List<PatchFile> mine = new FormatPatch(repo).series(s).base(root).subjectPrefix("RFC PATCH")
                .thread(true).call();
        compare("rfc", mine, "--rfc", "--thread", "--no-signature", "--base=" + root.name(),
                commits.get(COMMITS - 31).name() + "..hist");
        String first = mine.get(0).text();
        assertEquals(COMMITS - 30, first.split("\nprerequisite-patch-id: ", -1).length - 1);

        List<PatchFile> withCover = new FormatPatch(repo).series(s).base(root)
                .coverLetter(new CoverLetter("History", "A generated history.", List.of())).call();
        compare("rfc-cover", withCover, "--cover-letter", "--cover-from-description=subject",
                "--no-signature", "--base=" + root.name(), commits.get(COMMITS - 31).name() + "..hist");
    }

    @Test
    void everySingleCommitAloneMatchesGit() throws Exception {
        int differences = 0;
        List<String> report = new ArrayList<>();
        Path out = Files.createDirectories(tmp.resolve("single"));
        for (int i = 0; i < COMMITS; i += 7) {
            RevCommit c = commits.get(i);
            Series s = new Series(c.getParent(0), List.of(c), "hist");
            List<PatchFile> mine = new FormatPatch(repo).series(s).version(2).call();
            Path o = Files.createDirectories(out.resolve("c" + i));
            List<PatchFile> theirs = git.formatPatch(dir, o, "-1", "-v2", "--no-signature",
                    "--base=" + c.getParent(0).name(), c.name());
            if (!theirs.equals(mine)) {
                differences++;
                report.add(i + ": " + theirs + " vs " + mine);
            }
        }
        assertEquals(0, differences, String.join("\n", report));
    }

    private void compare(String name, List<PatchFile> mine, String... gitArgs) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("git-" + name));
        List<PatchFile> theirs = git.formatPatch(dir, out, gitArgs);
        assertEquals(theirs.stream().map(PatchFile::fileName).toList(), mine.stream().map(PatchFile::fileName).toList());
        int differences = 0;
        String firstDiff = null;
        for (int i = 0; i < theirs.size(); i++) {
            String a = MESSAGE_ID_TIME.matcher(new String(theirs.get(i).content(), StandardCharsets.ISO_8859_1))
                    .replaceAll(".T.git.");
            String b = MESSAGE_ID_TIME.matcher(new String(mine.get(i).content(), StandardCharsets.ISO_8859_1))
                    .replaceAll(".T.git.");
            if (!a.equals(b)) {
                differences++;
                if (firstDiff == null) {
                    firstDiff = theirs.get(i).fileName();
                    assertEquals(theirs.get(i).text(), mine.get(i).text(), name + ": " + firstDiff);
                }
            }
        }
        assertEquals(0, differences, name + ": files that differ from git, the first " + firstDiff);
    }
}

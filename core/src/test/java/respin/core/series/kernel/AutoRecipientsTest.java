package respin.core.series.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.error.BadInputException;
import respin.core.series.commit.Series;
import respin.core.series.commit.SeriesBuilder;
import respin.core.series.commit.SeriesFixture;

/** {@code --to}/{@code --cc} with {@code auto}: MAINTAINERS at the base for each commit's files and lines. */
class AutoRecipientsTest {
    private static final String MAINTAINERS = """
            Descriptions of section entries and preferred order
            \tM: *Mail* patches to: FullName <address@domain>

            FOO DRIVER
            M:\tFoo Maintainer <foo@example.org>
            L:\tfoo@lists.example.org
            S:\tMaintained
            F:\tdrivers/foo/

            FOO HEADERS
            R:\tHead Reviewer <head@example.org>
            S:\tMaintained
            F:\tinclude/linux/foo*.h

            KEYWORD WATCHERS
            M:\tKay Word <kay@example.org>
            S:\tMaintained
            K:\\bfoo_file_get\\b
            """;

    @TempDir
    Path tmp;

    private Series series(Repository repo) throws Exception {
        return new SeriesBuilder(repo).base(SeriesFixture.head(repo)).dryRun().author(SeriesFixture.AUTHOR)
                .signoff(null).steps(SeriesFixture.steps()).call();
    }

    @Test
    void autoIsWhatMaintainersNamesMergedWithTheGivenAddresses() throws Exception {
        try (Repository repo = SeriesFixture.create(tmp.resolve("r"), Map.of("MAINTAINERS", MAINTAINERS))) {
            Series s = series(repo);
            AutoRecipients r = new AutoRecipients(repo, SeriesFixture.head(repo),
                    List.of("Lead <lead@example.org>", "auto"), List.of("auto", "foo@lists.example.org"));
            assertEquals(new Recipients(List.of("Lead <lead@example.org>", "Foo Maintainer <foo@example.org>",
                    "Head Reviewer <head@example.org>"), List.of("foo@lists.example.org")),
                    r.of(s.commits().get(0), "--- a/drivers/foo/foo.c\n+\tkvm->arch.foo_file = file;\n"));
            // K: matches an added or removed line of the patch, not its context or its file names
            assertEquals(List.of("Lead <lead@example.org>", "Foo Maintainer <foo@example.org>",
                    "Kay Word <kay@example.org>"), r.of(s.commits().get(1),
                    "+++ b/drivers/foo/foo_file_get.c\n+struct file *foo_file_get(struct file *file)\n").to());
            assertEquals(List.of("Lead <lead@example.org>", "Foo Maintainer <foo@example.org>"),
                    r.of(s.commits().get(1), " foo_file_get(file);\n").to());
        }
    }

    @Test
    void explicitAddressesNeedNoMaintainersFile() throws Exception {
        try (Repository repo = SeriesFixture.create(tmp.resolve("r"), Map.of())) {
            Series s = series(repo);
            AutoRecipients given = new AutoRecipients(repo, SeriesFixture.head(repo), List.of("a@example.org"),
                    List.of());
            assertEquals(new Recipients(List.of("a@example.org"), List.of()), given.of(s.commits().get(0), ""));
            assertTrue(new AutoRecipients(repo, SeriesFixture.head(repo), List.of(), List.of()).isEmpty());
            AutoRecipients auto = new AutoRecipients(repo, SeriesFixture.head(repo), List.of("auto"), List.of());
            BadInputException e = assertThrows(BadInputException.class, () -> auto.of(s.commits().get(0), ""));
            assertTrue(e.getMessage().startsWith("--to/--cc auto: there is no MAINTAINERS file at "), e.getMessage());
        }
    }
}

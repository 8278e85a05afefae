package respin.core.series.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.GitCli;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.commit.SeriesBuilder;
import respin.core.series.commit.SeriesFixture;
import respin.core.series.commit.StepCommit;
import respin.core.series.kernel.Recipients;

/** respin's format-patch against the system git's, byte for byte. */
class FormatPatchTest {
    private static final String SIGNATURE = "respin 0.1.0";
    private static final CoverLetter COVER = new CoverLetter("KVM: foo: Hand the VM file to foo",
            "foo looks the VM file up again on every call.  Pass it down\ninstead, and drop the old header.   \n\nTested on x86.",
            List.of());

    private static final String LABELS = """
            int baz(void)
            {
            \tint ret = 0;

            \tif (x)
            \t\tgoto out;
            \ta();
            \tb();
            \tc();
            out:
            \td();
            \te();
            \tf();
            \tg();
            \th();
            \treturn ret;
            }
            """;

    @TempDir
    Path tmp;
    private GitCli git;

    @BeforeEach
    void setUp() throws Exception {
        GitCli.assumeGit();
        Files.createDirectories(tmp.resolve("home"));
        git = new GitCli(tmp.resolve("home"), SeriesFixture.AUTHOR);
    }

    private Series series(Repository repo, List<StepCommit> steps, Identity author) throws Exception {
        return new SeriesBuilder(repo).base(SeriesFixture.head(repo)).branch(SeriesFixture.BRANCH)
                .author(author).steps(steps).call();
    }

    /** git format-patch on the series' range, with the cover letter's text given as the branch description. */
    private List<PatchFile> gitPatches(Path dir, Series s, CoverLetter cover, String... more) throws Exception {
        List<String> args = new ArrayList<>();
        if (cover != null) {
            args.add("--cover-letter");
            args.add("--cover-from-description=subject");
        }
        args.add("--base=" + s.base().name());
        args.add("--signature=" + SIGNATURE);
        args.addAll(List.of(more));
        args.add(s.base().name() + ".." + s.branch());
        if (cover != null) {
            git.run(dir, "config", "branch." + s.branch() + ".description",
                    cover.blurb().isEmpty() ? cover.subject() : cover.subject() + "\n\n" + cover.blurb());
        }
        Path out = Files.createDirectories(tmp.resolve("git-out-" + System.nanoTime()));
        return git.formatPatch(dir, out, args.toArray(String[]::new));
    }

    private static void assertSameFiles(List<PatchFile> expected, List<PatchFile> actual) {
        assertEquals(expected.stream().map(PatchFile::fileName).toList(),
                actual.stream().map(PatchFile::fileName).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).text(), actual.get(i).text(), expected.get(i).fileName());
            assertArrayEquals(expected.get(i).content(), actual.get(i).content(), expected.get(i).fileName());
        }
    }

    @Test
    void seriesWithCoverLetterIsByteIdenticalToGit() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            Series s = series(repo, SeriesFixture.steps(), SeriesFixture.AUTHOR);
            List<PatchFile> mine = new FormatPatch(repo).series(s).version(1).coverLetter(COVER)
                    .signature(SIGNATURE).call();
            assertSameFiles(gitPatches(dir, s, COVER, "-v1"), mine);
            assertEquals("v1-0001-KVM-foo-Pass-the-VM-file-to-foo_init.patch", mine.get(1).fileName());
            assertTrue(mine.get(1).text().contains("@@ -20,6 +20,7 @@ int foo_init(struct kvm *kvm)\n"),
                    mine.get(1).text());
        }
    }

    @Test
    void addressingSeesEachDraftOnceAndItsAnswerIsWrittenAsGitWritesTo() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            Series s = series(repo, SeriesFixture.steps(), SeriesFixture.AUTHOR);
            List<PatchFile> plain = new FormatPatch(repo).series(s).coverLetter(COVER).signature(SIGNATURE).call();
            List<PatchFile> drafts = new ArrayList<>();
            List<Integer> asked = new ArrayList<>();
            Recipients r = new Recipients(List.of("Foo Maintainer <foo@example.org>"), List.of("foo@lists.example.org"));
            List<PatchFile> mine = new FormatPatch(repo).series(s).coverLetter(COVER).signature(SIGNATURE)
                    .addressing((i, c, draft) -> {
                        asked.add(i);
                        drafts.add(draft);
                        return r;
                    }).call();
            assertEquals(List.of(0, 1, 2), asked);
            assertSameFiles(plain.subList(1, plain.size()), drafts);
            assertSameFiles(gitPatches(dir, s, COVER, "--to=Foo Maintainer <foo@example.org>",
                    "--cc=foo@lists.example.org"), mine);

            List<PatchFile> each = new FormatPatch(repo).series(s).coverLetter(COVER).signature(SIGNATURE)
                    .addressing((i, c, draft) -> new Recipients(List.of("p" + i + "@example.org"), List.of())).call();
            String cover = each.get(0).text();
            assertTrue(cover.contains("\nTo: p0@example.org,\n    p1@example.org,\n    p2@example.org\n\n"), cover);
            assertTrue(each.get(2).text().contains("\nTo: p1@example.org\n\n"), each.get(2).text());
        }
    }

    @Test
    void withoutVersionOrCoverLetterMatchesGitToo() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            Series s = series(repo, SeriesFixture.steps(), SeriesFixture.AUTHOR);
            List<PatchFile> mine = new FormatPatch(repo).series(s).signature(SIGNATURE).call();
            assertSameFiles(gitPatches(dir, s, null), mine);
            assertTrue(mine.get(0).text().contains("\nbase-commit: " + s.base().name() + "\n-- \n"));
        }
    }

    @Test
    void coverLetterWithoutBlurbMatchesGit() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            Series s = series(repo, SeriesFixture.steps(), SeriesFixture.AUTHOR);
            CoverLetter bare = new CoverLetter("KVM: foo: Hand the VM file to foo", "", List.of());
            List<PatchFile> mine = new FormatPatch(repo).series(s).coverLetter(bare).signature(SIGNATURE).call();
            assertSameFiles(gitPatches(dir, s, bare), mine);
        }
    }

    @Test
    void versionTwoNamesFilesAndSubjectsLikeGit() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            Series s = series(repo, SeriesFixture.steps(), SeriesFixture.AUTHOR);
            List<PatchFile> mine = new FormatPatch(repo).series(s).version(2).coverLetter(COVER)
                    .signature(SIGNATURE).call();
            assertSameFiles(gitPatches(dir, s, COVER, "-v2"), mine);
            assertEquals("v2-0000-cover-letter.patch", mine.get(0).fileName());
            assertTrue(mine.get(2).text().contains("\nSubject: [PATCH v2 2/3] KVM: foo: Add foo_file_get()\n"));
        }
    }

    @Test
    void singlePatchIsUnnumbered() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            Series s = series(repo, SeriesFixture.steps().subList(0, 1), SeriesFixture.AUTHOR);
            List<PatchFile> mine = new FormatPatch(repo).series(s).subjectPrefix("RFC PATCH")
                    .signature(SIGNATURE).call();
            assertSameFiles(gitPatches(dir, s, null, "--subject-prefix=RFC PATCH"), mine);
            assertTrue(mine.get(0).text().contains("\nSubject: [RFC PATCH] KVM: foo:"));
        }
    }

    @Test
    void nonAsciiAuthorIsEncodedAsGitDoes() throws Exception {
        Path dir = tmp.resolve("repo");
        Identity author = new Identity("Jöhn Døe-Müller", "john@example.org",
                Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.ofHours(2));
        git = new GitCli(tmp.resolve("home"), author);
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            Series s = series(repo, SeriesFixture.steps(), author);
            List<PatchFile> mine = new FormatPatch(repo).series(s).coverLetter(COVER)
                    .signature(SIGNATURE).call();
            List<PatchFile> theirs = gitPatches(dir, s, COVER);
            assertSameFiles(theirs.subList(1, 4), mine.subList(1, 4));
            assertTrue(mine.get(1).text().contains("From: =?UTF-8?q?J=C3=B6hn=20D=C3=B8e-M=C3=BCller?="
                    + " <john@example.org>\n"), mine.get(1).text());
            assertTrue(mine.get(1).text().contains("Content-Type: text/plain; charset=UTF-8\n"));
            // git 2.39 leaves the cover letter's From: unencoded (its cover letter skips
            // format.encodeEmailHeaders); respin encodes it. Everything else is the same.
            assertEquals(withoutFromHeader(theirs.get(0).text()), withoutFromHeader(mine.get(0).text()));
        }
    }

    private static String withoutFromHeader(String mail) {
        return mail.replaceFirst("\nFrom: [^\n]*(\n [^\n]*)*\n", "\nFrom: X\n");
    }

    @Test
    void longSubjectIsFoldedAndItsFileNameCutAsGitDoes() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            List<StepCommit> steps = new ArrayList<>(SeriesFixture.steps());
            StepCommit first = steps.get(0);
            steps.set(0, new StepCommit("KVM: foo: Pass the file of the virtual machine down to foo_init() so"
                    + " that it can keep a reference.", first.body(), first.files()));
            Series s = series(repo, steps, SeriesFixture.AUTHOR);
            assertTrue(s.commits().get(0).getShortMessage().length() > 80);
            List<PatchFile> mine = new FormatPatch(repo).series(s).coverLetter(COVER)
                    .signature(SIGNATURE).call();
            assertSameFiles(gitPatches(dir, s, COVER), mine);
            assertEquals("0001-KVM-foo-Pass-the-file-of-the-virtual-machine-down-to.patch", mine.get(1).fileName());
            assertTrue(mine.get(1).text().contains("Subject: [PATCH 1/3] KVM: foo: Pass the file of the virtual"
                    + " machine down to\n foo_init() so that it can keep a reference.\n"), mine.get(1).text());
        }
    }

    @Test
    void cppDriverRenamesAndAbbrevConfigMatchGit() throws Exception {
        Path dir = tmp.resolve("repo");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(".gitattributes", "*.c diff=cpp\n*.h diff=cpp\n");
        extra.put("drivers/foo/old_name.c", SeriesFixture.FOO_C.replace("foo_", "bar_"));
        extra.put("drivers/foo/label.c", LABELS);
        try (Repository repo = SeriesFixture.create(dir, extra)) {
            StoredConfig cfg = repo.getConfig();
            cfg.setInt("core", null, "abbrev", 12);
            cfg.save();
            String withLabel = SeriesFixture.FOO_C.replace("\tif (ret)\n\t\treturn ret;\n",
                    "\tif (ret)\n\t\tgoto out;\nout:\n\tkvm->arch.foo_err = ret;\n");
            Map<String, byte[]> s1 = new LinkedHashMap<>();
            s1.put("drivers/foo/foo.c", SeriesFixture.bytes(withLabel.replace("foo_count--;", "foo_count -= 1;")));
            s1.put("drivers/foo/label.c", SeriesFixture.bytes(LABELS.replace("\th();", "\th(ret);")));
            Map<String, byte[]> s2 = new LinkedHashMap<>();
            s2.put("drivers/foo/old_name.c", null);
            s2.put("drivers/foo/new_name.c", SeriesFixture.bytes(
                    SeriesFixture.FOO_C.replace("foo_", "bar_").replace("return 0;\n}\n\nvoid", "return 1;\n}\n\nvoid")));
            List<StepCommit> steps = List.of(new StepCommit("foo: Record the error", "", s1),
                    new StepCommit("foo: Rename old_name.c", "", s2));
            Series s = series(repo, steps, SeriesFixture.AUTHOR);
            List<PatchFile> mine = new FormatPatch(repo).series(s).coverLetter(COVER)
                    .signature(SIGNATURE).call();
            assertSameFiles(gitPatches(dir, s, COVER), mine);
            String p2 = mine.get(2).text();
            assertTrue(p2.contains("rename from drivers/foo/old_name.c\n"), p2);
            assertTrue(p2.contains(" drivers/foo/{old_name.c => new_name.c} | 2 +-\n"), p2);
            assertTrue(mine.get(1).text().contains("\n@@ -12,6 +12,6 @@ int baz(void)\n"), mine.get(1).text());
            assertTrue(mine.get(1).text().matches("(?s).*\nindex [0-9a-f]{12}\\.\\.[0-9a-f]{12} 100644\n.*"));
        }
    }

    @Test
    void gitAmAppliesThePatchesToTheSameTree() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Repository repo = SeriesFixture.create(dir, Map.of())) {
            Series s = series(repo, SeriesFixture.steps(), SeriesFixture.AUTHOR);
            List<PatchFile> mine = new FormatPatch(repo).series(s).coverLetter(COVER)
                    .signature(SIGNATURE).call();
            Path out = Files.createDirectories(tmp.resolve("mine"));
            List<String> args = new ArrayList<>(List.of("am", "--quiet"));
            for (PatchFile p : mine.subList(1, mine.size())) {
                Files.write(out.resolve(p.fileName()), p.content());
                args.add(out.resolve(p.fileName()).toString());
            }
            Path scratch = tmp.resolve("scratch");
            git.run(tmp, "clone", "--quiet", "--no-checkout", dir.toString(), scratch.toString());
            git.run(scratch, "checkout", "--quiet", "-b", "am", s.base().name());
            git.run(scratch, args.toArray(String[]::new));
            String tree = git.run(scratch, "rev-parse", "HEAD^{tree}").trim();
            assertEquals(s.tip().getTree().name(), tree);
            String log = git.run(scratch, "log", "--format=%an|%ae|%ad|%s", "--date=raw", s.base().name() + "..HEAD");
            assertTrue(log.contains("Jane Developer|jane@example.org|1709547630 -0530|KVM: foo: Add foo_file_get()"), log);
        }
    }

    @Test
    void sameInputsGiveTheSameBytes() throws Exception {
        List<List<PatchFile>> runs = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            try (Repository repo = SeriesFixture.create(tmp.resolve(name), Map.of())) {
                Series s = series(repo, SeriesFixture.steps(), SeriesFixture.AUTHOR);
                runs.add(new FormatPatch(repo).series(s).coverLetter(COVER).signature(SIGNATURE).call());
            }
        }
        assertEquals(runs.get(0), runs.get(1));
    }

    @Test
    void leftForHumanItemsGetTheirOwnSection() throws Exception {
        try (Repository repo = SeriesFixture.create(tmp.resolve("repo"), Map.of())) {
            Series s = series(repo, SeriesFixture.steps(), SeriesFixture.AUTHOR);
            CoverLetter cover = new CoverLetter("KVM: foo: Hand the VM file to foo", "Blurb.",
                    List.of("drivers/foo/bar.c:12: foo_init() called through a pointer",
                            "arch/x86/kvm/mmu/mmu.c:6016:35: kvm (struct kvm *) is passed to"
                                    + " kvm_page_track_register_notifier(), which now takes struct file *"));
            String text = new FormatPatch(repo).series(s).coverLetter(cover).call().get(0).text();
            assertTrue(text.contains("\n\nBlurb.\n\nLeft for a human:\n"
                    + "- drivers/foo/bar.c:12: foo_init() called through a pointer\n"
                    + "- arch/x86/kvm/mmu/mmu.c:6016:35: kvm (struct kvm *) is passed to\n"
                    + "  kvm_page_track_register_notifier(), which now takes struct file *\n\n"
                    + "Jane Developer (3):\n"), text);
            assertTrue(text.endsWith("\n\n\nbase-commit: " + s.base().name() + "\n"), text);
        }
    }
}

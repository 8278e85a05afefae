package respin.core.series.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.series.commit.GitCli;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Series;
import respin.core.series.commit.SeriesBuilder;
import respin.core.series.commit.SeriesFixture;
import respin.core.series.commit.StepCommit;

/** The corners of git's output: diffstat scaling, quoted paths, missing newlines, encoded subjects. */
class FormatPatchEdgeTest {
    private static final Identity QUOTED = new Identity("J. Random Hacker", "jrh@example.org",
            Instant.parse("2023-12-31T23:59:59Z"), ZoneOffset.ofHours(9));
    private static final String LONG_DIR = "drivers/gpu/drm/some_vendor/display/dc/dcn_very_long_directory_name";

    @TempDir
    Path tmp;
    private GitCli git;

    @BeforeEach
    void setUp() throws Exception {
        GitCli.assumeGit();
        Files.createDirectories(tmp.resolve("home"));
        git = new GitCli(tmp.resolve("home"), QUOTED);
    }

    @Test
    void modeChangesMatchGit() throws Exception {
        Path dir = tmp.resolve("modes");
        try (Repository repo = SeriesFixture.create(dir, Map.of("scripts/run.sh", "#!/bin/sh\necho hi\n"))) {
            RevCommit base = repo.parseCommit(SeriesFixture.head(repo));
            RevCommit c1 = commit(repo, base, "scripts: Make run.sh executable and louder",
                    FileMode.EXECUTABLE_FILE, "#!/bin/sh\necho HI\n");
            RevCommit c2 = commit(repo, c1, "scripts: Make run.sh plain again", FileMode.REGULAR_FILE,
                    "#!/bin/sh\necho HI\n");
            RefUpdate ru = repo.updateRef("refs/heads/modes");
            ru.setNewObjectId(c2);
            ru.update();
            Series s = new Series(base, List.of(c1, c2), "modes");
            List<PatchFile> mine = new FormatPatch(repo).series(s).call();
            List<PatchFile> theirs = git.formatPatch(dir, Files.createDirectories(tmp.resolve("modes-out")),
                    "--base=" + base.name(), "--no-signature", base.name() + "..modes");
            assertEquals(theirs, mine);
            assertTrue(mine.get(0).text().contains("\nold mode 100644\nnew mode 100755\nindex "), mine.get(0).text());
            assertTrue(mine.get(1).text().contains(" mode change 100755 => 100644 scripts/run.sh\n"));
        }
    }

    private static RevCommit commit(Repository repo, RevCommit parent, String subject, FileMode mode, String content)
            throws Exception {
        try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = ins.newReader();
                RevWalk walk = new RevWalk(reader)) {
            DirCache dc = DirCache.newInCore();
            DirCacheBuilder b = dc.builder();
            b.addTree(new byte[0], 0, reader, parent.getTree());
            b.finish();
            ObjectId blob = ins.insert(Constants.OBJ_BLOB, SeriesFixture.bytes(content));
            DirCacheEditor ed = dc.editor();
            ed.add(new DirCacheEditor.PathEdit("scripts/run.sh") {
                @Override
                public void apply(DirCacheEntry ent) {
                    ent.setFileMode(mode);
                    ent.setObjectId(blob);
                }
            });
            ed.finish();
            CommitBuilder cb = new CommitBuilder();
            cb.setTreeId(dc.writeTree(ins));
            cb.setParentId(parent);
            cb.setAuthor(QUOTED.toPersonIdent());
            cb.setCommitter(QUOTED.toPersonIdent());
            cb.setMessage(subject + "\n");
            ObjectId id = ins.insert(cb);
            ins.flush();
            return walk.parseCommit(id);
        }
    }

    private static String numbered(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(prefix).append(i).append(";\n");
        }
        return b.toString();
    }

    @Test
    void cornersMatchGit() throws Exception {
        Path dir = tmp.resolve("repo");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(LONG_DIR + "/dcn_resource_with_a_long_name.c", numbered("\tint r", 40));
        extra.put("docs/no newline.txt", "first\nlast without newline");
        extra.put("docs/caf\u00e9.txt", "caf\u00e9\n");
        try (Repository repo = SeriesFixture.create(dir, extra)) {
            Map<String, byte[]> s1 = new LinkedHashMap<>();
            s1.put(LONG_DIR + "/dcn_resource_with_a_long_name.c",
                    SeriesFixture.bytes(numbered("\tint r", 40).replace("\tint r7;\n", "\tlong r7;\n")));
            s1.put("drivers/foo/big.c", SeriesFixture.bytes(numbered("\tint big", 150)));
            s1.put("docs/no newline.txt", SeriesFixture.bytes("first\nlast still without a newline"));
            s1.put("docs/caf\u00e9.txt", SeriesFixture.bytes("caf\u00e9 cr\u00e8me\n"));
            s1.put("docs/\"quoted\".txt", SeriesFixture.bytes("q\n"));
            Map<String, byte[]> s2 = new LinkedHashMap<>();
            s2.put("docs/no newline.txt", SeriesFixture.bytes("first\nlast\n"));
            List<StepCommit> steps = List.of(
                    new StepCommit("docs: Mention the caf\u00e9 cr\u00e8me", "R\u00e9sum\u00e9 of the change.", s1),
                    new StepCommit("docs: End the file with a newline (and a subject with = and ? in it)", "", s2));
            Series s = new SeriesBuilder(repo).base(SeriesFixture.head(repo)).branch(SeriesFixture.BRANCH)
                    .author(QUOTED).steps(steps).call();
            List<PatchFile> mine = new FormatPatch(repo).series(s).signature("respin 0.1.0").call();
            Path out = Files.createDirectories(tmp.resolve("git-out"));
            List<PatchFile> theirs = git.formatPatch(dir, out, "--base=" + s.base().name(),
                    "--signature=respin 0.1.0", s.base().name() + ".." + s.branch());
            assertEquals(theirs.stream().map(PatchFile::fileName).toList(),
                    mine.stream().map(PatchFile::fileName).toList());
            for (int i = 0; i < theirs.size(); i++) {
                assertEquals(theirs.get(i).text(), mine.get(i).text());
                assertArrayEquals(theirs.get(i).content(), mine.get(i).content());
            }
            String p1 = mine.get(0).text();
            assertTrue(p1.contains("From: \"J. Random Hacker\" <jrh@example.org>\n"), p1);
            assertTrue(p1.contains("Subject: [PATCH 1/2] =?UTF-8?q?docs:=20Mention=20the=20caf=C3=A9"), p1);
            assertTrue(p1.contains(" .../dcn_resource_with_a_long_name.c"), p1);
            assertTrue(p1.contains("\n\\ No newline at end of file\n"), p1);
        }
    }
}

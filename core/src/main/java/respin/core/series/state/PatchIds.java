package respin.core.series.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import respin.core.series.diff.Abbrev;
import respin.core.series.diff.DiffDrivers;
import respin.core.series.diff.DiffOutput;
import respin.core.series.diff.FilePatch;
import respin.core.series.diff.FuncName;
import respin.core.series.diff.PatchId;
import respin.core.series.diff.QuotePath;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * What a commit changes, as two fingerprints: git's stable patch id (the diff with its context,
 * without line numbers or whitespace: two versions of a patch with the same id are the same
 * patch), and the edits id (only the removed and added lines per file: the same edits with new
 * context around them keep it).
 */
public final class PatchIds {
    /** The two fingerprints of one commit. */
    public record Ids(ObjectId patchId, ObjectId editsId) {
    }

    private PatchIds() {
    }

    /** The fingerprints of each commit, in order; each is compared with its first parent. */
    public static List<Ids> of(Repository repo, List<? extends ObjectId> commits) throws IOException {
        List<Ids> out = new ArrayList<>();
        try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            DiffOutput diff = new DiffOutput(repo, reader, new Abbrev(repo, reader), new DiffDrivers(repo, reader));
            for (ObjectId id : commits) {
                RevCommit c = walk.parseCommit(id);
                walk.parseHeaders(c.getParent(0));
                out.add(new Ids(PatchId.of(diff, c), edits(diff, c)));
            }
        }
        return out;
    }

    private static ObjectId edits(DiffOutput diff, RevCommit c) throws IOException {
        MessageDigest md = sha1();
        for (FilePatch f : diff.files(c.getParent(0).getTree(), c.getTree())) {
            md.update(QuotePath.bytes(f.change().oldPath() + "\0" + f.change().newPath() + "\0"));
            ByteBuf hunks = new ByteBuf();
            f.writeHunks(hunks, FuncName.DEFAULT);
            for (String line : new String(hunks.toByteArray(), StandardCharsets.ISO_8859_1).split("\n")) {
                if (line.startsWith("+") || line.startsWith("-")) {
                    md.update(line.getBytes(StandardCharsets.ISO_8859_1));
                    md.update((byte) '\n');
                }
            }
        }
        return ObjectId.fromRaw(md.digest());
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-1 in this JVM", e);
        }
    }
}

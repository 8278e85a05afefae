package respin.core.series.diff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/** The diff part of a patch mail between two trees: diffstat, summary, a blank line, then each file's patch. */
public final class DiffOutput {
    private final Repository repo;
    private final ObjectReader reader;
    private final Abbrev abbrev;
    private final DiffDrivers drivers;

    public DiffOutput(Repository repo, ObjectReader reader, Abbrev abbrev, DiffDrivers drivers) {
        this.repo = repo;
        this.reader = reader;
        this.abbrev = abbrev;
        this.drivers = drivers;
    }

    /** Git's {@code zlib_compression_level}: core.loosecompression, else core.compression, else best speed. */
    private int compressionLevel() {
        var cfg = repo.getConfig();
        int level = cfg.getInt("core", null, "loosecompression",
                cfg.getInt("core", null, "compression", BinaryPatch.DEFAULT_LEVEL));
        return level < 0 ? java.util.zip.Deflater.DEFAULT_COMPRESSION : level;
    }

    /** The files changed from {@code oldTree} to {@code newTree}, in git's order. */
    public List<FilePatch> files(AnyObjectId oldTree, AnyObjectId newTree) throws IOException {
        List<FilePatch> out = new ArrayList<>();
        for (FileChange c : TreeDiff.between(repo, reader, oldTree, newTree)) {
            out.add(FilePatch.of(c, reader));
        }
        return out;
    }

    /** Diffstat lines and summary lines ({@code create mode ...}), as {@code --stat --summary} print them. */
    public static void statAndSummary(ByteBuf out, List<FilePatch> files) {
        List<DiffStat.Entry> entries = new ArrayList<>();
        for (FilePatch f : files) {
            entries.add(f.statEntry());
        }
        DiffStat.render(out, entries, DiffStat.MAIL_WIDTH);
        for (FilePatch f : files) {
            f.writeSummary(out);
        }
    }

    /** Stat, summary, blank line and patches: what format-patch prints after {@code ---}. */
    public void write(ByteBuf out, List<FilePatch> files) throws IOException {
        statAndSummary(out, files);
        out.add('\n');
        List<String> paths = new ArrayList<>();
        for (FilePatch f : files) {
            paths.add(f.change().oldPath());
            paths.add(f.change().newPath());
        }
        drivers.load(paths);
        int compression = compressionLevel();
        for (FilePatch f : files) {
            FuncName ff = drivers.funcName(f.change().oldPath());
            if (ff == FuncName.DEFAULT) {
                ff = drivers.funcName(f.change().newPath());
            }
            f.writePatch(out, abbrev, ff, compression);
        }
    }
}

package respin.core.series.diff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import respin.core.series.diff.xdiff.ByteBuf;

/** The diff part of a patch mail between two trees: diffstat, summary, a blank line, then each file's patch. */
public final class DiffOutput {
    /** For {@link #patches}: no binary patch, git diff's {@code Binary files ... differ} line instead. */
    static final int NO_BINARY_PATCH = Integer.MIN_VALUE;

    private final Repository repo;
    private final Blobs blobs;
    private final Abbrev abbrev;
    private final DiffDrivers drivers;

    public DiffOutput(Repository repo, ObjectReader reader, Abbrev abbrev, DiffDrivers drivers) {
        this(repo, Blobs.of(reader), abbrev, drivers);
    }

    DiffOutput(Repository repo, Blobs blobs, Abbrev abbrev, DiffDrivers drivers) {
        this.repo = repo;
        this.blobs = blobs;
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
        for (FileChange c : TreeDiff.between(repo, blobs.reader(), oldTree, newTree)) {
            out.add(FilePatch.of(c, blobs));
        }
        return out;
    }

    /**
     * The same between two tree iterators, one of which may be an index never written, at the paths
     * {@code paths} passes (the trees being equal elsewhere).
     */
    List<FilePatch> files(TreeFilter paths, AbstractTreeIterator oldTree, AbstractTreeIterator newTree)
            throws IOException {
        List<FilePatch> out = new ArrayList<>();
        for (FileChange c : TreeDiff.between(repo, blobs, paths, oldTree, newTree)) {
            out.add(FilePatch.of(c, blobs));
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
        for (ByteBuf p : patches(files, compressionLevel())) {
            out.add(p);
        }
    }

    /**
     * Each file's patch (header, index line, hunks with the function names of its diff driver);
     * binary files as {@code --binary} writes them at zlib level {@code compression}, or as
     * plain {@code git diff} does with {@link #NO_BINARY_PATCH}.
     */
    List<ByteBuf> patches(List<FilePatch> files, int compression) throws IOException {
        List<String> paths = new ArrayList<>();
        for (FilePatch f : files) {
            paths.add(f.change().oldPath());
            paths.add(f.change().newPath());
        }
        drivers.load(paths);
        List<ByteBuf> out = new ArrayList<>();
        for (FilePatch f : files) {
            FuncName ff = drivers.funcName(f.change().oldPath());
            if (ff == FuncName.DEFAULT) {
                ff = drivers.funcName(f.change().newPath());
            }
            ByteBuf one = new ByteBuf();
            f.writePatch(one, abbrev, ff, compression);
            out.add(one);
        }
        return out;
    }
}

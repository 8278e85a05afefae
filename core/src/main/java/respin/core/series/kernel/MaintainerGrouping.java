package respin.core.series.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import respin.core.plan.split.DirectoryGrouping;
import respin.core.plan.split.FileGroup;
import respin.core.plan.split.FileGrouping;

/**
 * Files grouped the way maintainers take them: by the most specific MAINTAINERS section that
 * names each ({@link Maintainers#section}); a file no section names (only THE REST's
 * {@code *}) goes by directory, as does every file when the tree has no MAINTAINERS.
 */
public final class MaintainerGrouping implements FileGrouping {
    private final Maintainers maintainers;
    private final DirectoryGrouping rest;

    /** Groups by {@code maintainers} (none: by directory only), the rest by directories of {@code depth}. */
    public MaintainerGrouping(Maintainers maintainers, int depth) {
        this.maintainers = maintainers;
        this.rest = new DirectoryGrouping(depth);
    }

    /** Grouping by the MAINTAINERS file of commit {@code base} of {@code repo}. */
    public static MaintainerGrouping at(Repository repo, ObjectId base, int depth) {
        try {
            return new MaintainerGrouping(AutoRecipients.at(repo, base).orElse(null), depth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the tree has a MAINTAINERS file (else every file goes by directory). */
    public boolean hasMaintainers() {
        return maintainers != null;
    }

    @Override
    public FileGroup groupOf(String path) {
        Optional<String> section = maintainers == null ? Optional.empty() : maintainers.section(path);
        return section.map(name -> new FileGroup(name, true)).orElseGet(() -> rest.groupOf(path));
    }
}

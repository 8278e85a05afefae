package respin.cli;

import java.io.File;
import java.io.IOException;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Option;
import respin.core.checkout.SourceTree;
import respin.core.error.BadInputException;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesStateStore;

/** Which repository and which recorded series: options shared by rebase and status. */
final class SeriesStateOptions {
    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "Kernel checkout (work tree or bare repository) holding the series (default: the current folder).")
    File repo;

    @Option(names = "--series", paramLabel = "NAME",
            description = "The series, as 'respin series --series NAME' recorded it (default: the only one recorded).")
    String series;

    /** The tree of {@code rev} in the repository (its repository holds the series state). */
    SourceTree open(String rev) {
        return SourceTree.open(repo, rev);
    }

    /** The recorded series, or a one-line error naming what is there. */
    SeriesState state(Repository r) throws IOException {
        SeriesStateStore store = new SeriesStateStore(r);
        String name = series;
        if (name == null) {
            var names = store.names();
            if (names.size() != 1) {
                throw new BadInputException(names.isEmpty() ? "no series recorded in " + repo
                        + " (respin series records one)" : "several series in " + repo + " (" + String.join(", ", names)
                        + "): name one with --series");
            }
            name = names.get(0);
        }
        String n = name;
        return store.read(n).orElseThrow(() -> new BadInputException("no series '" + n + "' recorded in " + repo
                + " (respin series --series " + n + " records it)"));
    }
}

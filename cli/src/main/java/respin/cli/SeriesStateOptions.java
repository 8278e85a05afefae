package respin.cli;

import java.io.File;
import picocli.CommandLine.Option;
import respin.core.checkout.SourceTree;

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
}

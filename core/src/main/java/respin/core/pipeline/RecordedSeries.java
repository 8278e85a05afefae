package respin.core.pipeline;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;
import respin.core.error.BadInputException;
import respin.core.series.state.SeriesState;
import respin.core.series.state.SeriesStateStore;

/** Finds a series in a repository's series state. */
final class RecordedSeries {
    private RecordedSeries() {
    }

    /**
     * The series {@code name}, or the only one recorded when it is null; {@code where} names the
     * repository in the messages.
     *
     * @throws BadInputException if there is no such series, none, or several and no name
     */
    static SeriesState find(Repository r, String name, String where) throws IOException {
        SeriesStateStore store = new SeriesStateStore(r);
        String n = name;
        if (n == null) {
            var names = store.names();
            if (names.size() != 1) {
                throw new BadInputException(names.isEmpty() ? "no series recorded in " + where
                        + " (respin series records one)" : "several series in " + where + " (" + String.join(", ", names)
                        + "): name one with --series");
            }
            n = names.get(0);
        }
        String found = n;
        return store.read(found).orElseThrow(() -> new BadInputException("no series '" + found + "' recorded in "
                + where + " (respin series --series " + found + " records it)"));
    }
}

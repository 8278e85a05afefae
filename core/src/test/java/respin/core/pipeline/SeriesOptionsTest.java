package respin.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import respin.core.plan.Split;
import respin.core.series.commit.Identity;
import respin.core.series.commit.SeriesException;
import respin.core.series.state.SeriesVersion;

/** The options of a version as the series state records them, and read back for the next version. */
class SeriesOptionsTest {
    private static final Identity JANE = Identity.of("Jane Developer", "jane@example.org",
            OffsetDateTime.parse("2024-11-18T10:00:00Z"));

    private static SeriesVersion recorded(Map<String, List<String>> options) {
        return new SeriesVersion(1, ObjectId.zeroId(), "b", ObjectId.zeroId(), "kvm-file", "", options, "", "",
                List.of(), List.of(), List.of());
    }

    @Test
    void recordedAndReadBack() {
        SeriesOptions o = new SeriesOptions("RFC PATCH", false, true, List.of("auto", "a@example.org"),
                List.of("auto"), 20, Path.of("/tmp/templates"));
        Map<String, List<String>> map = o.record(JANE);
        assertEquals(Map.of("signoff", List.of("Jane Developer <jane@example.org>"), "subject-prefix",
                List.of("RFC PATCH"), "cover-letter", List.of("false"), "thread", List.of("true"), "to",
                List.of("auto", "a@example.org"), "cc", List.of("auto"), "prefix-from-history", List.of("20"),
                "templates", List.of("/tmp/templates")), map);
        assertEquals(List.of("signoff", "subject-prefix", "cover-letter", "thread", "to", "cc", "prefix-from-history",
                "templates"), List.copyOf(map.keySet()));
        assertEquals(o, SeriesOptions.of(recorded(map)));
        assertEquals(JANE, SeriesOptions.signer(recorded(map), null, "2024-11-18T10:00:00Z"));
    }

    @Test
    void anOlderRecordMeansTheDefaults() {
        assertEquals(SeriesOptions.DEFAULT, SeriesOptions.of(recorded(Map.of())));
        assertEquals(Map.of("signoff", List.of("Jane Developer <jane@example.org>"), "subject-prefix",
                List.of("PATCH"), "cover-letter", List.of("true"), "thread", List.of("false")),
                SeriesOptions.DEFAULT.record(JANE));
        assertEquals("respin user <respin@localhost>",
                SeriesOptions.signer(recorded(Map.of()), null, "0").nameAndEmail());
        assertEquals("Pat <pat@example.org>",
                SeriesOptions.signer(recorded(Map.of()), "Pat <pat@example.org>", "0").nameAndEmail());
    }

    @Test
    void theSplitOfTheCommandLineIsRecordedAndReadBack() {
        SeriesOptions o = SeriesOptions.DEFAULT.withSplit(new Split(Split.Kind.BY_DIRECTORY, 3));
        Map<String, List<String>> map = o.record(JANE);
        assertEquals(List.of("by-directory=3"), map.get("split"));
        assertEquals(o, SeriesOptions.of(recorded(map)));
        assertEquals(null, SeriesOptions.of(recorded(Map.of())).split());
        SeriesException e = assertThrows(SeriesException.class,
                () -> SeriesOptions.of(recorded(Map.of("split", List.of("by-file")))));
        assertEquals("v1 of the series state has the split 'by-file'; expected none, by-maintainer, by-directory or "
                + "by-directory=DEPTH (DEPTH from 1 to 99)", e.getMessage());
    }
}

package respin.core.series.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * The bullets between two recorded versions, for series whose steps are split into groups of
 * files: patches pair by step and group, so groups of one step are never taken for a merge or
 * a split of each other; repeated subjects get their group; real merges and splits are still
 * told.
 */
class ChangelogTest {
    private static final ObjectId BASE = ObjectId.fromString("1111111111111111111111111111111111111111");
    private static final String CONVERT = "i2c: Convert to i2c's .probe_new()";

    /** A patch of {@code steps} (its own first), its subject, its group (null: not split). */
    private static PatchRecord patch(String id, List<String> steps, String subject, String group) {
        return new PatchRecord(id, steps, ObjectId.zeroId(), subject, group);
    }

    private static SeriesVersion version(int n, List<PatchRecord> patches) {
        return new SeriesVersion(n, BASE, "respin/s-v" + n, ObjectId.zeroId(), "s", "", Map.of(), "", "", List.of(),
                patches, List.of());
    }

    /** Fingerprints by step id: the same for every patch, except those named in {@code changed}. */
    private static Map<String, PatchIds.Ids> ids(List<PatchRecord> patches, String... changed) {
        Map<String, PatchIds.Ids> out = new LinkedHashMap<>();
        for (PatchRecord p : patches) {
            boolean c = List.of(changed).contains(p.stepId());
            out.put(p.stepId(), new PatchIds.Ids(ObjectId.fromString(c ? "2222222222222222222222222222222222222222"
                    : "3333333333333333333333333333333333333333"), ObjectId.fromString(
                            c ? "4444444444444444444444444444444444444444" : "5555555555555555555555555555555555555555")));
        }
        return out;
    }

    private static List<String> between(List<PatchRecord> before, List<PatchRecord> after, String... changed) {
        return Changelog.between(version(1, before), version(2, after), ids(before), ids(after, changed), "old",
                "new", List.of());
    }

    /** The i2c series in little: a core patch between two split phases, two groups with one subject. */
    private static List<PatchRecord> groups(String... extra) {
        List<PatchRecord> out = new ArrayList<>(List.of(
                patch("drivers-probe-new/hardware-monitoring", List.of("drivers-probe-new"), "hwmon: Convert to "
                        + "i2c's .probe_new()", "HARDWARE MONITORING"),
                patch("drivers-probe-new/lm90-hardware-monitor-driver", List.of("drivers-probe-new"),
                        "hwmon: Convert to i2c's .probe_new()", "LM90 HARDWARE MONITOR DRIVER"),
                patch("drivers-probe-new/iio-subsystem-and-drivers", List.of("drivers-probe-new"),
                        "iio: Convert to i2c's .probe_new()", "IIO SUBSYSTEM AND DRIVERS")));
        for (String g : extra) {
            out.add(patch("drivers-probe-new/" + g.toLowerCase().replace(' ', '-'), List.of("drivers-probe-new"),
                    "misc: Convert to i2c's .probe_new()", g));
        }
        out.add(patch("core", List.of("core"), "i2c: Switch .probe() to not take an id parameter", null));
        return out;
    }

    @Test
    void groupsOfOneStepAreNotMergesOrSplitsOfEachOther() {
        assertEquals(List.of("\"hwmon: Convert to i2c's .probe_new()\" (HARDWARE MONITORING): the edits changed "
                + "(see the range-diff)."), between(groups(), groups(), "drivers-probe-new/hardware-monitoring"));
    }

    @Test
    void aNewGroupIsANewPatchAndAGoneGroupIsDropped() {
        assertEquals(List.of("New patch \"misc: Convert to i2c's .probe_new()\".",
                "Dropped \"iio: Convert to i2c's .probe_new()\": upstream left it nothing to change."),
                between(groups(), groups("MISC DEVICES").stream()
                        .filter(p -> !p.stepId().endsWith("/iio-subsystem-and-drivers")).toList()));
    }

    @Test
    void aRepeatedSubjectIsNamedWithItsGroup() {
        List<PatchRecord> after = new ArrayList<>(groups());
        after.remove(1);
        assertEquals(List.of("Dropped \"hwmon: Convert to i2c's .probe_new()\" (LM90 HARDWARE MONITOR DRIVER): "
                + "upstream left it nothing to change."), between(groups(), after));
    }

    @Test
    void statesRecordedWithoutGroupNamesPairTheSameAndNameTheSlug() {
        List<PatchRecord> old = groups().stream()
                .map(p -> new PatchRecord(p.stepId(), p.parts(), p.commit(), p.subject())).toList();
        assertEquals(List.of("\"hwmon: Convert to i2c's .probe_new()\" (HARDWARE MONITORING): the same edits, in "
                + "context that changed upstream."), Changelog.between(version(1, old), version(2, groups()),
                        ids(old), sameEdits(ids(groups(), "drivers-probe-new/hardware-monitoring")), "old", "new",
                        List.of()));
        assertEquals(List.of("Dropped \"hwmon: Convert to i2c's .probe_new()\" (lm90-hardware-monitor-driver): "
                + "upstream left it nothing to change."), between(old,
                        List.of(old.get(0), old.get(2), old.get(3))));
    }

    /** {@code ids} with every edits id the unchanged one: the same edits in other context. */
    private static Map<String, PatchIds.Ids> sameEdits(Map<String, PatchIds.Ids> ids) {
        Map<String, PatchIds.Ids> out = new LinkedHashMap<>();
        ids.forEach((k, v) -> out.put(k, new PatchIds.Ids(v.patchId(),
                ObjectId.fromString("5555555555555555555555555555555555555555"))));
        return out;
    }

    @Test
    void groupsMergedWithAnotherStepAreStillTold() {
        List<PatchRecord> before = List.of(
                patch("convert/hardware-monitoring", List.of("convert"), "hwmon: Convert", "HARDWARE MONITORING"),
                patch("helper/hardware-monitoring", List.of("helper"), "hwmon: Add a helper", "HARDWARE MONITORING"),
                patch("convert/iio", List.of("convert"), "iio: Convert", "IIO"));
        List<PatchRecord> after = List.of(
                patch("convert/hardware-monitoring", List.of("convert", "helper"), "hwmon: Convert",
                        "HARDWARE MONITORING"),
                patch("convert/iio", List.of("convert"), "iio: Convert", "IIO"));
        assertEquals(List.of("Patches \"hwmon: Convert\" and \"hwmon: Add a helper\" are now one, \"hwmon: "
                + "Convert\", so that every commit builds."), between(before, after));
        assertEquals(List.of("Patch \"hwmon: Convert\" is split into \"hwmon: Convert\" and \"hwmon: Add a "
                + "helper\": its steps no longer need each other to build."), between(after, before));
    }

    @Test
    void aStepSplitInOneVersionOnlyIsToldAsSuch() {
        List<PatchRecord> before = List.of(patch("convert", List.of("convert"), "i2c: Convert", null));
        List<PatchRecord> after = List.of(
                patch("convert/hardware-monitoring", List.of("convert"), "hwmon: Convert", "HARDWARE MONITORING"),
                patch("convert/iio", List.of("convert"), "iio: Convert", "IIO"));
        assertEquals(List.of("Patch \"i2c: Convert\" is split into \"hwmon: Convert\" and \"iio: Convert\", one "
                + "per group of files."), between(before, after));
        assertEquals(List.of("Patches \"hwmon: Convert\" and \"iio: Convert\" are now one, \"i2c: Convert\": its "
                + "step is no longer split into groups of files."), between(after, before));
    }

    @Test
    void aStepNoLongerSplitIntoItsOneGroupIsToldAndItsDiffCompared() {
        List<PatchRecord> grouped = List.of(patch("core/i2c-subsystem", List.of("core"), "i2c: Switch .probe()",
                "I2C SUBSYSTEM"));
        List<PatchRecord> whole = List.of(patch("core", List.of("core"), "i2c: Switch .probe()", null));
        assertEquals(List.of("\"i2c: Switch .probe()\": its step is no longer split into groups of files.",
                "\"i2c: Switch .probe()\": the edits changed (see the range-diff)."), between(grouped, whole, "core"));
        assertEquals(List.of("Patch \"i2c: Switch .probe()\" is now split into groups of files, all of it in one: "
                + "\"i2c: Switch .probe()\"."), between(whole, grouped));
    }
}

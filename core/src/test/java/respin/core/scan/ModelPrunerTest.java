package respin.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;

class ModelPrunerTest {
    private static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");
    private static final CTranslationUnit UNIT = CSourceParser.parse("a.c", "int a(void)\n{\n\treturn 0;\n}\n");

    @TempDir
    Path tmp;

    private final List<String> notes = new ArrayList<>();

    /** A run of build {@code build} at {@code daysLater} days after NOW, its entries bounded by {@code maxBytes}. */
    private ModelStore run(String build, int daysLater, long maxBytes) {
        return new ModelStore(tmp, build, Clock.fixed(NOW.plus(Duration.ofDays(daysLater)), ZoneOffset.UTC), maxBytes);
    }

    private ModelStore run(String build, int daysLater) {
        return run(build, daysLater, ModelPruner.MAX_BYTES);
    }

    private static ObjectId blob(int i) {
        return ObjectId.fromString(String.format("%040x", i + 1));
    }

    private static void age(Path p, int daysBeforeNow) throws IOException {
        Files.setLastModifiedTime(p, FileTime.from(NOW.minus(Duration.ofDays(daysBeforeNow))));
    }

    private boolean loads(ModelStore store, int i) {
        return store.load(blob(i), UNIT.path(), UNIT.text(), null, notes::add).isPresent();
    }

    @Test
    void twoBuildsSharingOneCacheKeepEachOthersModels() {
        ModelStore one = run("build 1", 0);
        one.save(blob(0), UNIT, notes::add);
        ModelStore two = run("build 2", 0);
        two.save(blob(0), UNIT, notes::add);
        run("build 1", 6).save(blob(1), UNIT, notes::add); // build 1 again, a week later but one day
        assertEquals(List.of(), notes);
        assertTrue(loads(run("build 1", 6), 0));
        assertTrue(loads(run("build 2", 6), 0));
    }

    @Test
    void anotherBuildsFolderUnusedForAWeekIsRemovedWithANote() throws IOException {
        ModelStore one = run("build 1", 0);
        one.save(blob(0), UNIT, notes::add);
        age(one.dir().resolve(ModelPruner.IN_USE), 8);
        run("build 2", 0).save(blob(0), UNIT, notes::add);
        assertEquals(List.of("model cache: removed 1 models of another respin build, unused for 7 days ("
                + one.dir() + ")"), notes);
        assertFalse(Files.exists(one.dir()));
    }

    @Test
    void aReadMarksTheBuildUsed() throws IOException {
        ModelStore one = run("build 1", 0);
        one.save(blob(0), UNIT, notes::add);
        age(one.dir().resolve(ModelPruner.IN_USE), 8);
        assertTrue(loads(run("build 1", 0), 0)); // a warm run of build 1 writes nothing, yet counts
        run("build 2", 0).save(blob(0), UNIT, notes::add);
        assertEquals(List.of(), notes);
        assertTrue(loads(run("build 1", 0), 0));
    }

    @Test
    void entriesUnusedForThirtyDaysGoAndAHitKeepsOne() throws IOException {
        ModelStore first = run("build 1", 0);
        for (int i = 0; i < 3; i++) {
            first.save(blob(i), UNIT, notes::add);
        }
        for (int i = 0; i < 3; i++) {
            age(first.file(blob(i), UNIT.path()), 40);
        }
        age(first.dir().resolve(ModelPruner.PRUNED), 2);
        assertTrue(loads(run("build 1", 0), 1)); // entry 1 is used today: its time is now
        run("build 1", 0).save(blob(3), UNIT, notes::add);
        assertEquals(List.of("model cache: removed 2 models unused for 30 days and 0 least recently used beyond "
                + "1024 MiB (" + first.dir() + ")"), notes);
        assertFalse(Files.exists(first.file(blob(0), UNIT.path())));
        assertTrue(Files.exists(first.file(blob(1), UNIT.path())));
        assertFalse(Files.exists(first.file(blob(2), UNIT.path())));
        assertTrue(Files.exists(first.file(blob(3), UNIT.path())));
    }

    @Test
    void beyondTheBoundTheLeastRecentlyUsedGoUntilThreeQuartersRemain() throws IOException {
        ModelStore first = run("build 1", 0);
        for (int i = 0; i < 8; i++) {
            first.save(blob(i), UNIT, notes::add);
            age(first.file(blob(i), UNIT.path()), 10 - i); // entry 0 is the least recently used
        }
        long size = Files.size(first.file(blob(0), UNIT.path()));
        age(first.dir().resolve(ModelPruner.PRUNED), 2);
        run("build 1", 0, size * 7).save(blob(8), UNIT, notes::add); // 8 entries against a bound of 7
        assertEquals(List.of("model cache: removed 0 models unused for 30 days and 3 least recently used beyond "
                + (size * 7 >> 20) + " MiB (" + first.dir() + ")"), notes);
        for (int i = 0; i <= 8; i++) {
            assertEquals(i >= 3, Files.exists(first.file(blob(i), UNIT.path())), "entry " + i);
        }
    }

    @Test
    void theEntriesAreWalkedAtMostOnceADay() throws IOException {
        ModelStore first = run("build 1", 0);
        first.save(blob(0), UNIT, notes::add);
        age(first.file(blob(0), UNIT.path()), 40);
        run("build 1", 0).save(blob(1), UNIT, notes::add);
        assertTrue(Files.exists(first.file(blob(0), UNIT.path())), "pruned today already: not walked");
        run("build 1", 2).save(blob(2), UNIT, notes::add);
        assertFalse(Files.exists(first.file(blob(0), UNIT.path())), "two days later: walked");
        assertEquals(1, notes.size(), () -> notes.toString());
    }
}

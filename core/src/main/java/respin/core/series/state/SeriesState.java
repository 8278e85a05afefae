package respin.core.series.state;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import respin.core.series.commit.SeriesException;

/**
 * What respin remembers of a series between versions, in the spirit of b4's tracking commit:
 * its name, a change-id ({@code YYYYMMDD-slug-<12 hex>}) that stays the same across versions,
 * and every version made so far, oldest first.
 */
public record SeriesState(String name, String changeId, List<SeriesVersion> versions) {
    public SeriesState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(changeId, "changeId");
        versions = List.copyOf(versions);
        for (int i = 0; i < versions.size(); i++) {
            if (i > 0 && versions.get(i).number() <= versions.get(i - 1).number()) {
                throw new IllegalArgumentException("versions must grow: v" + versions.get(i).number()
                        + " after v" + versions.get(i - 1).number());
            }
        }
    }

    /** A new series with no version yet. */
    public static SeriesState start(String name, LocalDate day, Random random) {
        if (!SeriesStateStore.isValidName(name)) {
            throw new SeriesException("'" + name + "' is not a valid series name (letters, digits, '.', '_', '-')");
        }
        byte[] b = new byte[6];
        random.nextBytes(b);
        return new SeriesState(name, day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + slug(name) + "-"
                + HexFormat.of().formatHex(b), List.of());
    }

    /** The latest version; the state must hold one. */
    public SeriesVersion latest() {
        if (versions.isEmpty()) {
            throw new SeriesException("series " + name + " has no version yet");
        }
        return versions.get(versions.size() - 1);
    }

    /** The state with {@code v} added (or replacing a version with its number). */
    public SeriesState with(SeriesVersion v) {
        List<SeriesVersion> out = new ArrayList<>();
        for (SeriesVersion old : versions) {
            if (old.number() < v.number()) {
                out.add(old);
            }
        }
        out.add(v);
        return new SeriesState(name, changeId, out);
    }

    /** The version numbered {@code n}, or empty. */
    public Optional<SeriesVersion> version(int n) {
        return versions.stream().filter(v -> v.number() == n).findFirst();
    }

    /**
     * The state with {@code v} in its place among the others, which all stay (a version with its
     * number is replaced): a run that finishes after another one recorded a later version loses
     * nothing.
     */
    public SeriesState adding(SeriesVersion v) {
        List<SeriesVersion> out = new ArrayList<>(versions);
        out.removeIf(old -> old.number() == v.number());
        out.add(v);
        out.sort(java.util.Comparator.comparingInt(SeriesVersion::number));
        return new SeriesState(name, changeId, out);
    }

    static String slug(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "series" : slug;
    }
}

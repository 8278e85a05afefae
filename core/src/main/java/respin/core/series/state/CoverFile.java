package respin.core.series.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import respin.core.error.BadInputException;

/**
 * A cover letter as the user left it in a version's output folder: its blurb (the text before
 * "Changes in", "Left for a human:" or the shortlog, without respin's own notes) and the bullets
 * of that version's "Changes in vN:" section, kept for the next version.
 */
public final class CoverFile {
    static final String NOTE = "Steps are merged into \"";

    private CoverFile() {
    }

    /**
     * {@code v} with the blurb and the "Changes in vN:" bullets of the cover letter in {@code dir}.
     *
     * @throws BadInputException if {@code dir} or its 0000-cover-letter.patch is missing
     */
    public static SeriesVersion read(Path dir, SeriesVersion v) throws IOException {
        Path file;
        try (Stream<Path> s = Files.list(dir)) {
            file = s.filter(p -> p.getFileName().toString().endsWith("0000-cover-letter.patch")).findFirst()
                    .orElseThrow(() -> new BadInputException("no 0000-cover-letter.patch in " + dir));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("--cover-from: no folder " + dir);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int body = text.indexOf("\n\n");
        List<String> lines = body < 0 ? List.of() : List.of(text.substring(body + 2).split("\n", -1));
        StringBuilder blurb = new StringBuilder();
        List<String> changes = null;
        int i = 0;
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("Changes in v") || l.equals("Left for a human:") || l.matches("\\S.* \\(\\d+\\):")) {
                break;
            }
            blurb.append(l).append('\n');
        }
        for (; i < lines.size(); i++) {
            if (lines.get(i).equals("Changes in v" + v.number() + ":")) {
                changes = new ArrayList<>();
                for (i++; i < lines.size() && (lines.get(i).startsWith("- ") || lines.get(i).startsWith("  ")); i++) {
                    String l = lines.get(i);
                    if (l.startsWith("- ")) {
                        changes.add(l.substring(2).strip());
                    } else if (!changes.isEmpty()) {
                        changes.set(changes.size() - 1, changes.get(changes.size() - 1) + " " + l.strip());
                    }
                }
                break;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : blurb.toString().strip().split("\n\n")) {
            if (!p.startsWith(NOTE) && !p.isBlank()) {
                paragraphs.add(p);
            }
        }
        return v.withCover(String.join("\n\n", paragraphs) + "\n", changes != null ? changes : v.changes());
    }
}

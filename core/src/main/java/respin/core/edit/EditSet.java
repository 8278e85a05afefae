package respin.core.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import respin.core.error.RespinException;
import respin.core.model.LineMap;

/**
 * The edits of one file, applied together: bytes no edit covers are copied as they are.
 *
 * <p>The same change asked twice counts once; two different edits of overlapping bytes
 * are an error that names both.
 */
public final class EditSet {
    private final String path;
    private final List<TextEdit> edits = new ArrayList<>();

    public EditSet(String path) {
        this.path = path;
    }

    public void add(TextEdit e) {
        if (!e.path().equals(path)) {
            throw new IllegalArgumentException(e.path() + " is not " + path);
        }
        for (TextEdit o : edits) {
            if (o.sameChange(e)) {
                return;
            }
        }
        edits.add(e);
    }

    public List<TextEdit> edits() {
        return List.copyOf(edits);
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** Applies the edits to {@code original}; insertions at one offset keep the order they were added in. */
    public String apply(String original) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        LineMap lines = new LineMap(path, original);
        for (int i = 1; i < sorted.size(); i++) {
            TextEdit a = sorted.get(i - 1);
            TextEdit b = sorted.get(i);
            if (b.start() < a.end() || (a.start() == a.end() && b.start() < b.end() && b.start() < a.start())) {
                throw new RespinException(lines.span(b.start(), b.end()),
                        "conflicting edits: " + a.why() + " and " + b.why());
            }
        }
        StringBuilder out = new StringBuilder(original.length() + 256);
        int pos = 0;
        for (TextEdit e : sorted) {
            out.append(original, pos, e.start());
            out.append(e.replacement());
            pos = e.end();
        }
        out.append(original, pos, original.length());
        return out.toString();
    }
}

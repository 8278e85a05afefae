package respin.core.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import respin.core.error.RespinException;
import respin.core.model.source.LineMap;

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

    /** Drops an edit added before (a later step writes the same bytes again). */
    public void remove(TextEdit e) {
        edits.remove(e);
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
        boolean crlf = usesCrlf(original);
        int pos = 0;
        for (TextEdit e : sorted) {
            out.append(original, pos, e.start());
            out.append(crlf ? toCrlf(e.replacement()) : e.replacement());
            pos = e.end();
        }
        out.append(original, pos, original.length());
        return out.toString();
    }

    /** Whether most line ends of {@code text} are CR LF: then the lines edits insert get CR LF too. */
    static boolean usesCrlf(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        return crlf > lf;
    }

    private static String toCrlf(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' && (i == 0 || s.charAt(i - 1) != '\r')) {
                out.append('\r');
            }
            out.append(c);
        }
        return out.toString();
    }
}

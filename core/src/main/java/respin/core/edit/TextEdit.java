package respin.core.edit;

import respin.core.model.source.Span;

/**
 * Replace the bytes {@code [start, end)} of one file with new text; an insertion has
 * {@code start == end}. {@code why} says which rewriter asked for it and is shown
 * when two edits collide.
 */
public record TextEdit(String path, int start, int end, String replacement, String why) {

    public static TextEdit replace(Span span, String replacement, String why) {
        return new TextEdit(span.file(), span.start(), span.end(), replacement, why);
    }

    public static TextEdit insert(String path, int offset, String text, String why) {
        return new TextEdit(path, offset, offset, text, why);
    }

    public boolean overlaps(TextEdit o) {
        if (!path.equals(o.path)) {
            return false;
        }
        if (start == end || o.start == o.end) {
            return start < o.end && o.start < end;
        }
        return start < o.end && o.start < end;
    }

    public boolean sameChange(TextEdit o) {
        return path.equals(o.path) && start == o.start && end == o.end && replacement.equals(o.replacement);
    }
}

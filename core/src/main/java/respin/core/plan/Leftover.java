package respin.core.plan;

import respin.core.model.source.Span;

/** A use the plan could not migrate by itself, with the reason; a human has to look. {@code span} may be null. */
public record Leftover(Span span, String reason) {

    @Override
    public String toString() {
        return span == null ? reason : span + ": " + reason;
    }
}

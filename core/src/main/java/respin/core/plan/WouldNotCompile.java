package respin.core.plan;

import respin.core.model.source.Span;

/**
 * A use whose type does not fit what its parent wants once a patch is applied: the
 * compiler would refuse the tree at that patch. {@code at} is where the use stands in
 * that patch's text; {@code patch} is 1-based.
 */
public record WouldNotCompile(Span at, int patch, String reason) {

    @Override
    public String toString() {
        return at + ": " + reason + " (from patch " + patch + ")";
    }
}

package respin.core.check;

import java.util.function.Consumer;

/** WARNING:SPACE_BEFORE_TAB on an added line with a space followed by a tab anywhere. */
public final class SpaceBeforeTab implements Rule {
    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        for (PatchLine l : patch.lines()) {
            if (SourceFiles.addedIn(l, SourceFiles.INDENTED) && l.text().contains(" \t")) {
                out.accept(Finding.at(Level.WARNING, "SPACE_BEFORE_TAB", "please, no space before tabs", l, true));
            }
        }
    }
}

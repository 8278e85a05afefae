package respin.core.check.rules;

import java.util.function.Consumer;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.patch.SourceFiles;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

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

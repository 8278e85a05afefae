package respin.core.check.rules;

import java.util.function.Consumer;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchText;
import respin.core.check.patch.SourceFiles;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;

/** WARNING:MISSING_EOF_NEWLINE on an added line followed by {@code \ No newline at end of file}. */
public final class MissingEofNewline implements Rule {
    @Override
    public void check(PatchText patch, Consumer<Finding> out) {
        for (PatchLine l : patch.lines()) {
            PatchLine next = patch.line(l.number() + 1);
            if (SourceFiles.addedIn(l, SourceFiles.SOURCE)
                    && next != null
                    && next.sanitized().startsWith("\\ No newline at end of file")) {
                out.accept(Finding.at(Level.WARNING, "MISSING_EOF_NEWLINE",
                        "adding a line without newline at end of file", l, false));
            }
        }
    }
}

package respin.core.check.report;

import java.util.List;
import java.util.Set;
import respin.core.check.patch.Columns;
import respin.core.check.patch.PatchText;

/**
 * Formats check results exactly as checkpatch.pl prints them, by default or with
 * {@code --terse} and {@code --show-types}.
 *
 * <p>Default, per patch: each finding as {@code LEVEL: message}, then {@code #N: FILE: path:line:}
 * and the patch line, then a blank line; then {@code total: ...}, the notes, and whether the
 * patch is ready. With more than one patch, each is headed by its name between dashes, and a
 * final note follows when any had problems. Terse: one {@code name:N: LEVEL: message} line per
 * finding, then the total for a patch with problems, nothing else.
 */
public final class CheckReport {
    private static final Set<String> CLEANER_TYPES = Set.of("TRAILING_WHITESPACE", "CODE_INDENT");

    private boolean terse;
    private boolean showTypes;

    /** As {@code --terse}: one line per finding, and a total only for patches with problems. */
    public CheckReport terse(boolean terse) {
        this.terse = terse;
        return this;
    }

    /** As {@code --show-types}: {@code ERROR:TRAILING_WHITESPACE: trailing whitespace}. */
    public CheckReport showTypes(boolean showTypes) {
        this.showTypes = showTypes;
        return this;
    }

    /** The report of one patch, as {@code checkpatch.pl --no-tree PATCH} prints it. */
    public String format(CheckResult result) {
        return format(List.of(result));
    }

    /**
     * The report of several patches, as one checkpatch.pl run over them prints it. Like
     * checkpatch, it stops at an empty patch file.
     */
    public String format(List<CheckResult> results) {
        StringBuilder out = new StringBuilder();
        boolean anyProblems = false;
        for (CheckResult r : results) {
            String name = r.patch().name();
            if (results.size() > 1 && !terse) {
                String dashes = "-".repeat(name.length());
                out.append(dashes).append('\n').append(name).append('\n').append(dashes).append('\n');
            }
            if (r.patch().lines().isEmpty()) {
                return out.toString(); // checkpatch exits at once on an empty file
            }
            for (Finding f : r.findings()) {
                appendFinding(out, r.patch(), f);
            }
            if (!(r.clean() && terse)) {
                out.append("total: ").append(r.count(Level.ERROR)).append(" errors, ")
                        .append(r.count(Level.WARNING)).append(" warnings, ");
                if (r.showChecks()) {
                    out.append(r.count(Level.CHECK)).append(" checks, ");
                }
                out.append(r.linesChecked()).append(" lines checked\n");
            }
            anyProblems |= !r.clean();
            if (terse) {
                continue;
            }
            if (!r.clean()) {
                out.append("\nNOTE: For some of the reported defects, checkpatch may be able to\n"
                        + "      mechanically convert to the typical style using --fix or --fix-inplace.\n");
            }
            if (r.findings().stream().anyMatch(f -> CLEANER_TYPES.contains(f.type()))) {
                out.append("\nNOTE: Whitespace errors detected.\n"
                        + "      You may wish to use scripts/cleanpatch or scripts/cleanfile\n");
            }
            out.append('\n').append(name).append(r.clean()
                    ? " has no obvious style problems and is ready for submission.\n"
                    : " has style problems, please review.\n");
        }
        if (anyProblems && !terse) {
            out.append("\nNOTE: If any of the errors are false positives, please report\n"
                    + "      them to the maintainer, see CHECKPATCH in MAINTAINERS.\n");
        }
        return out.toString();
    }

    private void appendFinding(StringBuilder out, PatchText patch, Finding f) {
        if (terse) {
            int handle = f.patchLine() != null ? f.patchLine() : patch.handleLine();
            if (handle > 0) {
                out.append(patch.name()).append(':').append(handle).append(": ");
            }
        }
        out.append(f.level().label()).append(':');
        if (showTypes) {
            out.append(f.type()).append(':');
        }
        if (terse) {
            // checkpatch's terse report keeps the first line of a message of several
            out.append(' ').append(f.message().split("\n", 2)[0]).append('\n');
            return;
        }
        out.append(' ').append(f.message()).append('\n');
        if (f.text() != null) {
            out.append('#').append(f.patchLine()).append(": ");
            if (f.file() != null) {
                out.append("FILE: ").append(f.file()).append(':').append(f.line()).append(':');
            }
            out.append('\n').append(f.catVet() ? Columns.catVet(f.text()) : f.text()).append('\n');
        }
        out.append('\n');
    }
}

package respin.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs checkpatch.pl-style rules over patches.
 *
 * <pre>{@code
 * CheckResult r = new PatchChecker().maxLineLength(80).check(PatchText.read(path));
 * }</pre>
 *
 * <p>Findings come out in checkpatch's order: by patch line, and on one line in the order of
 * the rules; findings about the whole patch come last.
 */
public final class PatchChecker {
    private int maxLineLength = LongLine.DEFAULT_MAX;
    private boolean strict;
    private List<Rule> rules;

    /** Line length limit for the default rules, as {@code --max-line-length} (default 100). */
    public PatchChecker maxLineLength(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("max line length must be positive: " + columns);
        }
        this.maxLineLength = columns;
        return this;
    }

    /** As {@code --strict}: the summary counts checks. */
    public PatchChecker strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** Runs these rules, in this order, instead of {@link #defaultRules(int)}. */
    public PatchChecker rules(List<? extends Rule> rules) {
        this.rules = List.copyOf(rules);
        return this;
    }

    /** Every rule, in the order checkpatch.pl runs the checks they mirror. */
    public static List<Rule> defaultRules(int maxLineLength) {
        return List.of(
                new TrailingWhitespace(),
                new LongLine(maxLineLength),
                new MissingEofNewline(),
                new CodeIndent(),
                new SpaceBeforeTab(),
                new LeadingSpace(),
                new NotUnifiedDiff(),
                new MissingSignOff());
    }

    /** Checks one patch on its own. */
    public CheckResult check(PatchText patch) {
        return check(patch, strict);
    }

    /**
     * Checks patches as one checkpatch.pl run over them does: a patch with no file in it
     * (a cover letter) counts checks in its summary as the patch before it ended.
     */
    public List<CheckResult> checkAll(List<PatchText> patches) {
        List<CheckResult> out = new ArrayList<>(patches.size());
        boolean checks = strict;
        for (PatchText p : patches) {
            CheckResult r = check(p, checks);
            out.add(r);
            checks = r.showChecks();
        }
        return out;
    }

    private CheckResult check(PatchText patch, boolean checksBefore) {
        List<Rule> run = rules != null ? rules : defaultRules(maxLineLength);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : run) {
            rule.check(patch, findings::add);
        }
        findings.sort(Comparator.comparing(Finding::patchLine, Comparator.nullsLast(Comparator.naturalOrder())));
        Boolean path = patch.checkPath();
        boolean showChecks = path == null ? checksBefore : strict || path;
        return new CheckResult(patch, findings, patch.linesChecked(), showChecks);
    }
}

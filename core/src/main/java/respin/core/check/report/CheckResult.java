package respin.core.check.report;

import java.util.List;
import respin.core.check.patch.PatchText;

/**
 * The findings of one patch and what checkpatch.pl's summary says about it.
 *
 * @param patch the patch checked
 * @param findings in report order: by patch line, whole-patch findings last
 * @param linesChecked checkpatch's "N lines checked"
 * @param showChecks whether the summary counts checks: in strict mode, or when the last file of
 *     the patch is under drivers/net/, net/ or drivers/staging/
 */
public record CheckResult(PatchText patch, List<Finding> findings, int linesChecked, boolean showChecks) {
    public CheckResult {
        findings = List.copyOf(findings);
    }

    /** Whether nothing was found: "has no obvious style problems". */
    public boolean clean() {
        return findings.isEmpty();
    }

    public long count(Level level) {
        return findings.stream().filter(f -> f.level() == level).count();
    }
}

package respin.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import respin.core.check.message.BadSignOff;
import respin.core.check.message.CommitLogLongLine;
import respin.core.check.message.CommitMessage;
import respin.core.check.message.EmailSubject;
import respin.core.check.message.FromSignOffMismatch;
import respin.core.check.message.GitCommitId;
import respin.core.check.message.MissingSignOff;
import respin.core.check.message.NoAuthorSignOff;
import respin.core.check.patch.PatchLine;
import respin.core.check.patch.PatchScanner;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckResult;
import respin.core.check.report.Finding;
import respin.core.check.report.Level;
import respin.core.check.report.Rule;
import respin.core.check.rules.AvoidExterns;
import respin.core.check.rules.CodeIndent;
import respin.core.check.rules.CorruptedPatch;
import respin.core.check.rules.ExportSymbol;
import respin.core.check.rules.FilePathChanges;
import respin.core.check.rules.FunctionArguments;
import respin.core.check.rules.LeadingSpace;
import respin.core.check.rules.LineSpacing;
import respin.core.check.rules.LongLine;
import respin.core.check.rules.MissingEofNewline;
import respin.core.check.rules.NotUnifiedDiff;
import respin.core.check.rules.OpenBrace;
import respin.core.check.rules.ParenthesisAlignment;
import respin.core.check.rules.PointerLocation;
import respin.core.check.rules.SpaceBeforeTab;
import respin.core.check.rules.Spacing;
import respin.core.check.rules.TrailingWhitespace;

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
    private static final Pattern NET_PATHS = Pattern.compile("^(?:drivers/net/|net/|drivers/staging/)");
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

    /**
     * As {@code --strict}: CHECK-level findings are reported and the summary counts them (without
     * it, only in files under drivers/net/, net/ and drivers/staging/, as checkpatch does).
     */
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
                new CommitMessage(),
                new BadSignOff(),
                new EmailSubject(),
                new CommitLogLongLine(),
                new GitCommitId(),
                new FilePathChanges(),
                new CorruptedPatch(),
                new TrailingWhitespace(),
                new LongLine(maxLineLength),
                new MissingEofNewline(),
                new CodeIndent(),
                new SpaceBeforeTab(),
                new ParenthesisAlignment(),
                new LineSpacing(),
                new LeadingSpace(),
                new ExportSymbol(),
                new PointerLocation(),
                new OpenBrace(),
                new Spacing(),
                new AvoidExterns(),
                new FunctionArguments(),
                new NotUnifiedDiff(),
                new MissingSignOff(),
                new NoAuthorSignOff(),
                new FromSignOffMismatch());
    }

    /** Checks one patch on its own. */
    public CheckResult check(PatchText patch) {
        return check(patch, strict);
    }

    /**
     * Checks patches as one checkpatch.pl run over them does: a patch with no file in it
     * (a cover letter) counts checks in its summary as the patch before it ended, and only the
     * first corrupted patch is reported as such.
     */
    public List<CheckResult> checkAll(List<PatchText> patches) {
        List<CheckResult> out = new ArrayList<>(patches.size());
        boolean checks = strict;
        boolean corrupt = false;
        for (PatchText p : patches) {
            CheckResult r = check(p, checks);
            if (corrupt) {
                List<Finding> kept = new ArrayList<>(r.findings());
                kept.removeIf(f -> f.type().equals(CorruptedPatch.TYPE));
                r = new CheckResult(r.patch(), kept, r.linesChecked(), r.showChecks());
            }
            corrupt |= r.findings().stream().anyMatch(f -> f.type().equals(CorruptedPatch.TYPE));
            out.add(r);
            checks = r.showChecks();
        }
        return out;
    }

    private CheckResult check(PatchText patch, boolean checksBefore) {
        List<Rule> run = rules != null ? rules : defaultRules(maxLineLength);
        List<Finding> findings = new ArrayList<>();
        boolean[] checking = checking(patch, checksBefore);
        for (Rule rule : run) {
            rule.check(patch, line -> checking[line], findings::add);
        }
        findings.sort(Comparator.comparing(Finding::patchLine, Comparator.nullsLast(Comparator.naturalOrder())));
        findings.removeIf(f -> f.level() == Level.CHECK
                && !checking[f.patchLine() == null ? checking.length - 1 : f.patchLine()]);
        Boolean path = patch.checkPath();
        boolean showChecks = path == null ? checksBefore : strict || path;
        return new CheckResult(patch, findings, patch.linesChecked(), showChecks);
    }

    /**
     * checkpatch's {@code $check} at each line (index = line number; the last entry also holds at
     * the end): reported CHECKs, strict or set by a file under drivers/net/, net/, drivers/staging/.
     */
    private boolean[] checking(PatchText patch, boolean checksBefore) {
        boolean[] out = new boolean[patch.lines().size() + 2];
        boolean now = checksBefore;
        for (PatchLine l : patch.lines()) {
            if (l.kind() == PatchLine.Kind.FILE_HEADER && l.file() != null
                    && (PatchScanner.DIFF_FILE.matcher(l.sanitized()).find()
                            || PatchScanner.PLUS_FILE.matcher(l.sanitized()).find())) {
                now = strict || NET_PATHS.matcher(l.file()).find();
            }
            out[l.number()] = now;
        }
        out[out.length - 1] = now;
        return out;
    }
}

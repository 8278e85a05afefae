package respin.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import respin.core.BadInputException;
import respin.core.Migration;
import respin.core.check.CheckResult;
import respin.core.check.Level;
import respin.core.check.PatchText;
import respin.core.parse.SourceTree;
import respin.core.plan.PlannedStep;
import respin.core.series.CoverLetter;
import respin.core.series.ExecEach;
import respin.core.series.FormatPatch;
import respin.core.series.Identity;
import respin.core.series.PatchFile;
import respin.core.series.Recipients;
import respin.core.series.Series;
import respin.core.series.SeriesBuilder;
import respin.core.series.StepCommit;
import respin.core.series.Templates;

/** {@code respin series}: commits on a new branch, format-patch files, and the checks on them. */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"Run the recipe, commit each step on a new branch (object database only: the work tree,",
            "index and HEAD are not touched), write git format-patch files and check them."})
final class SeriesCommand implements Callable<Integer> {
    static final String SIGNATURE = "respin 0.1.0";

    @Spec
    CommandSpec spec;

    @Mixin
    TreeOptions tree;

    @Mixin
    MailOptions mail;

    @Option(names = "--exec", paramLabel = "CMD",
            description = {"After writing, run 'sh -c CMD' at every patch in a scratch checkout (like git rebase -x);",
                "stops at the first patch where it fails and exits 1."})
    String exec;

    @Option(names = {"-o", "--output-directory"}, paramLabel = "DIR",
            description = "Where the patch files go; must not exist or be empty (default: respin-out/<recipe>-v<N>).")
    File output;

    @Option(names = {"-v", "--reroll-count"}, paramLabel = "N", defaultValue = "1",
            description = "Version of the series: [PATCH vN n/m] from 2 on (default: ${DEFAULT-VALUE}).")
    int version;

    @Option(names = "--branch", paramLabel = "NAME",
            description = "Branch to create (default: respin/<recipe>-v<N>); an existing branch is an error.")
    String branch;

    @Option(names = "--cover-letter", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write 0000-cover-letter.patch (default: on; --no-cover-letter to skip).")
    boolean coverLetter;

    @Option(names = "--subject-prefix", paramLabel = "PREFIX", defaultValue = "PATCH",
            description = "Subject prefix (default: ${DEFAULT-VALUE}); --rfc makes it RFC PATCH.")
    String subjectPrefix;

    @Option(names = "--rfc", description = "Same as --subject-prefix='RFC PATCH'.")
    boolean rfc;

    @Option(names = "--signoff", paramLabel = "'NAME <EMAIL>'",
            description = "Author and Signed-off-by (default: the repository's user.name and user.email).")
    String signoff;

    @Option(names = "--date", paramLabel = "DATE",
            description = "Commit date, ISO-8601 or epoch seconds (default: SOURCE_DATE_EPOCH, else now).")
    String date;

    @Option(names = "--templates", paramLabel = "DIR", description = "Your own Mustache templates (see templates/).")
    Path templates;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String recipeName = tree.recipe().name();
        File dir = output != null ? output : new File("respin-out", recipeName + "-v" + version);
        if (dir.exists() && (!dir.isDirectory() || dir.list().length > 0)) {
            throw new BadInputException("output folder " + dir + " exists and is not empty");
        }
        if (version < 1) {
            throw new BadInputException("--reroll-count must be 1 or more");
        }
        try (SourceTree t = tree.open()) {
            Migration m = Migration.run(t, tree.recipe());
            if (m.plan().steps().isEmpty()) {
                out.println("respin: nothing to change: " + recipeName + " finds nothing to do at " + tree.base);
                return 0;
            }
            String[] who = Identities.person(signoff, t.repository());
            if (who == null) {
                who = new String[] {"respin user", "respin@localhost"};
                err.println("respin: no user.name/user.email in the repository's config and no --signoff; "
                        + "signing as " + who[0] + " <" + who[1] + ">");
            }
            Identity me = Identity.of(who[0], who[1], Identities.when(date));
            Templates tpl = templates == null ? Templates.builtin() : Templates.from(templates);
            List<StepCommit> commits = new ArrayList<>();
            for (int i = 0; i < m.plan().steps().size(); i++) {
                PlannedStep s = m.plan().steps().get(i);
                Map<String, byte[]> files = new LinkedHashMap<>();
                m.contents().step(i).forEach((p, text) -> files.put(p, text.getBytes(StandardCharsets.ISO_8859_1)));
                commits.add(new StepCommit(s.subject(), s.body(), files));
            }
            commits = mail.prefixed(commits, t.repository(), t.commit(), out);
            String branchName = branch != null ? branch : "respin/" + recipeName + "-v" + version;
            Series series = new SeriesBuilder(t.repository()).base(t.commit()).branch(branchName).author(me)
                    .signoff(me).templates(tpl).steps(commits).call();
            List<String> left = m.plan().leftovers().stream().map(Object::toString).toList();
            List<String> notes = new ArrayList<>(m.plan().notes());
            String blurb = m.plan().recipe().coverBlurb().strip()
                    + (notes.isEmpty() ? "" : "\n\n" + String.join("\n\n", notes));
            CoverLetter cover = coverLetter ? new CoverLetter(m.plan().recipe().coverSubject(), blurb, left) : null;
            List<PatchFile> patches = format(t, series, tpl, cover, List.of());
            if (mail.wantsRecipients()) {
                patches = format(t, series, tpl, cover,
                        mail.recipients(t.repository(), t.commit(), series.commits(), patches));
            }
            Files.createDirectories(dir.toPath());
            for (PatchFile p : patches) {
                Files.write(dir.toPath().resolve(p.fileName()), p.content());
            }
            List<PatchText> texts = patches.stream().map(p -> PatchText.parse(p.fileName(), p.content())).toList();
            List<CheckResult> checks = CheckCommand.check(texts, 100, false);
            summary(out, m, patches, series, dir, t);
            long errors = checks.stream().mapToLong(c -> c.count(Level.ERROR)).sum();
            long warnings = checks.stream().mapToLong(c -> c.count(Level.WARNING)).sum();
            out.printf("checks: %d errors, %d warnings in %d patches%s%n", errors, warnings, checks.size(),
                    errors + warnings == 0 ? "" : " (respin check " + dir + "/*.patch for the report)");
            boolean execOk = true;
            if (exec != null) {
                ExecEach.Result r = new ExecEach(t.repository(), exec, out).run(series);
                out.println(r.ok() ? "exec: '" + exec + "' passed at all " + series.commits().size() + " patches"
                        : "exec: first failing patch: " + r.failedPatch());
                execOk = r.ok();
            }
            return errors + warnings == 0 && execOk ? 0 : Main.PROBLEMS;
        }
    }

    private List<PatchFile> format(SourceTree t, Series series, Templates tpl, CoverLetter cover,
            List<Recipients> recipients) {
        FormatPatch fp = new FormatPatch(t.repository()).series(series)
                .subjectPrefix(rfc ? "RFC " + subjectPrefix : subjectPrefix).signature(SIGNATURE)
                .templates(tpl).coverLetter(cover).thread(mail.thread).recipients(recipients);
        if (version > 1) {
            fp.version(version);
        }
        return fp.call();
    }

    private void summary(PrintWriter out, Migration m, List<PatchFile> patches, Series series, File dir,
            SourceTree t) {
        Set<String> files = new LinkedHashSet<>();
        m.plan().steps().forEach(s -> s.edits().forEach(e -> files.add(e.path())));
        out.printf("respin: %s on %s (%s)%n", m.plan().recipe().name(), tree.base, t.commit().abbreviate(12).name());
        out.printf("  %d patches, %d files changed, %d sites, %d left for a human, %d files parsed%n",
                m.plan().steps().size(), files.size(), m.plan().sites().size(), m.plan().leftovers().size(),
                m.parsed().size());
        for (PatchFile p : patches) {
            out.printf("  %s%n", p.fileName());
        }
        m.plan().leftovers().forEach(l -> out.printf("  left for a human: %s%n", l));
        out.printf("  branch %s -> %s%s%n", series.branch(), series.tip().abbreviate(12).name(),
                tree.bundled() ? " (in the bundled fixture repository " + t.repository().getDirectory() + ")" : "");
        out.printf("wrote %d files to %s%n", patches.size(), dir);
    }
}

package respin.core.series.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import respin.core.series.commit.Series;
import respin.core.series.commit.SeriesException;
import respin.core.series.commit.Templates;
import respin.core.series.diff.Abbrev;
import respin.core.series.diff.DiffDrivers;
import respin.core.series.diff.DiffOutput;
import respin.core.series.diff.QuotePath;
import respin.core.series.diff.xdiff.ByteBuf;
import respin.core.series.kernel.Recipients;

/**
 * Writes a series as {@code git format-patch --base=<base> [--cover-letter] [-vN]} would:
 * {@code 0000-cover-letter.patch}, {@code 0001-<subject>.patch}, ... byte for byte, except
 * that the cover letter's subject and text come from a {@link CoverLetter} rendered through
 * {@code cover-letter.mustache}. Like JGit's commands: configure, then {@link #call()} once.
 */
public final class FormatPatch {
    private final Repository repo;
    private Series series;
    private String subjectPrefix = "PATCH";
    private int version;
    private CoverLetter coverLetter;
    private String signature;
    private Templates templates;
    private ObjectId baseCommit;
    private boolean thread;
    private Addressing addressing = (i, c, draft) -> Recipients.NONE;
    private int fixedRecipients;
    private Runnable onPatch = () -> { };
    private boolean called;

    public FormatPatch(Repository repo) {
        this.repo = Objects.requireNonNull(repo, "repo");
    }

    public FormatPatch series(Series series) {
        this.series = series;
        return this;
    }

    /** The word in brackets, {@code "PATCH"} by default ({@code "RFC PATCH"}, {@code "PATCH net-next"}). */
    public FormatPatch subjectPrefix(String prefix) {
        this.subjectPrefix = Objects.requireNonNull(prefix, "prefix");
        return this;
    }

    /**
     * The reroll count, as git's {@code -v N}: {@code [PATCH vN n/m]} and {@code vN-0001-...}.
     * Git writes {@code v1} too when given {@code -v1}; 0 (the default) writes no version,
     * as git without {@code -v}.
     */
    public FormatPatch version(int version) {
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0: " + version);
        }
        this.version = version;
        return this;
    }

    /** The cover letter, or {@code null} (the default) for none. */
    public FormatPatch coverLetter(CoverLetter coverLetter) {
        this.coverLetter = coverLetter;
        return this;
    }

    /** The text after {@code "-- "} at the end of each mail, or {@code null} (the default) for none. */
    public FormatPatch signature(String signature) {
        this.signature = signature;
        return this;
    }

    /** Where {@code cover-letter.mustache} comes from; the built-in templates by default. */
    public FormatPatch templates(Templates templates) {
        this.templates = templates;
        return this;
    }

    /**
     * The commit named by {@code base-commit:}, as git's {@code --base}; the series' own base by
     * default. When it is an older first-parent ancestor, the commits in between are listed as
     * {@code prerequisite-patch-id:} lines.
     */
    public FormatPatch base(ObjectId base) {
        this.baseCommit = base;
        return this;
    }

    /**
     * Threading headers as git's {@code --thread} (shallow): every mail has a
     * {@code Message-Id}, and each patch replies to the cover letter, or to the first patch
     * when there is none. The ids are {@code <commit>.<date>.git.<committer email>} with the
     * tip's committer date, so fixed dates give fixed ids.
     */
    /** Called after each patch is formatted (progress: patches formatted). */
    public FormatPatch onPatch(Runnable listener) {
        this.onPatch = Objects.requireNonNull(listener, "listener");
        return this;
    }

    public FormatPatch thread(boolean thread) {
        this.thread = thread;
        return this;
    }

    /**
     * {@code To:} and {@code Cc:} of each patch, in series order (one entry per commit, or a
     * single entry for all); the cover letter gets the union. Empty (the default) writes none.
     */
    public FormatPatch recipients(List<Recipients> perPatch) {
        List<Recipients> r = List.copyOf(perPatch);
        this.fixedRecipients = r.size();
        this.addressing = (i, c, draft) -> r.isEmpty() ? Recipients.NONE : r.get(r.size() == 1 ? 0 : i);
        return this;
    }

    /**
     * {@code To:} and {@code Cc:} of each patch decided from its draft (as MAINTAINERS' K:
     * keywords need the patch text); the cover letter gets the union. Replaces {@link
     * #recipients(List)}.
     */
    public FormatPatch addressing(Addressing addressing) {
        this.addressing = Objects.requireNonNull(addressing, "addressing");
        this.fixedRecipients = 0;
        return this;
    }

    /**
     * Formats the series: the cover letter first when there is one, then one file per commit.
     *
     * @throws SeriesException if a commit cannot be read, changes nothing, or holds content
     *                         respin cannot write as a text patch
     */
    public List<PatchFile> call() {
        if (called) {
            throw new IllegalStateException("FormatPatch.call() already ran");
        }
        called = true;
        Objects.requireNonNull(series, "series");
        String prefix = subjectPrefix + (version > 0 ? " v" + version : "");
        String namePrefix = version > 0 ? "v" + version + "-" : "";
        try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            List<RevCommit> commits = new ArrayList<>();
            for (RevCommit c : series.commits()) {
                RevCommit parsed = walk.parseCommit(c);
                if (parsed.getParentCount() == 0) {
                    throw new SeriesException("commit " + parsed.name() + " has no parent to diff against");
                }
                walk.parseHeaders(parsed.getParent(0));
                commits.add(parsed);
            }
            RevCommit origin = walk.parseCommit(series.base());
            RevCommit tip = commits.get(commits.size() - 1);
            DiffOutput diff = new DiffOutput(repo, reader, new Abbrev(repo, reader),
                    new DiffDrivers(repo, reader, tip.getTree(), origin.getTree()));
            BaseInfo base = BaseInfo.of(walk, diff, origin, baseCommit != null ? baseCommit : origin);
            int total = commits.size();
            if (fixedRecipients > 1 && fixedRecipients != total) {
                throw new IllegalArgumentException("recipients for " + fixedRecipients + " patches, series of " + total);
            }
            boolean numbered = coverLetter != null || total > 1;
            String email = tip.getCommitterIdent().getEmailAddress();
            long when = tip.getCommitterIdent().getWhenAsInstant().getEpochSecond();
            String coverId = coverLetter != null && thread ? ThreadHeaders.id("cover", when, email) : null;
            String root = coverId;
            List<PatchFile> patches = new ArrayList<>();
            List<Recipients> all = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                RevCommit c = commits.get(i);
                ThreadHeaders th = ThreadHeaders.NONE;
                if (thread) {
                    String id = ThreadHeaders.id(c.name(), when, email);
                    th = new ThreadHeaders(id, root == null ? List.of() : List.of(root));
                    root = root == null ? id : root;
                }
                ByteBuf mail = PatchMail.write(diff, c, MailHeaders.tag(prefix, i + 1, total, numbered), th);
                if (coverLetter == null && i == 0) {
                    base.write(mail);
                }
                appendSignature(mail);
                PatchFile draft = new PatchFile(PatchMail.fileName(namePrefix, i + 1, PatchMail.sanitizedSubject(c)),
                        mail.toByteArray());
                onPatch.run();
                Recipients r = addressing.of(i, c, draft);
                all.add(r);
                patches.add(withRecipients(draft, r));
            }
            List<PatchFile> out = new ArrayList<>();
            if (coverLetter != null) {
                Templates t = templates != null ? templates : Templates.builtin();
                ByteBuf mail = new CoverMail(diff, t).write(coverLetter, origin, base, commits, prefix,
                        new ThreadHeaders(coverId, List.of()), Recipients.union(all));
                appendSignature(mail);
                out.add(new PatchFile(PatchMail.fileName(namePrefix, 0, QuotePath.bytes("cover-letter")),
                        mail.toByteArray()));
            }
            out.addAll(patches);
            return out;
        } catch (IOException e) {
            throw new SeriesException("cannot read the series from the repository: " + e.getMessage(), e);
        }
    }

    /** The draft with {@code To:}/{@code Cc:} after its last header line (before the first empty line). */
    private static PatchFile withRecipients(PatchFile draft, Recipients r) {
        if (r.isEmpty()) {
            return draft;
        }
        byte[] d = draft.content();
        int at = 0;
        while (at + 1 < d.length && !(d[at] == '\n' && d[at + 1] == '\n')) {
            at++;
        }
        ByteBuf mail = new ByteBuf();
        r.write(mail);
        byte[] headers = mail.toByteArray();
        byte[] out = new byte[d.length + headers.length];
        System.arraycopy(d, 0, out, 0, at + 1);
        System.arraycopy(headers, 0, out, at + 1, headers.length);
        System.arraycopy(d, at + 1, out, at + 1 + headers.length, d.length - at - 1);
        return new PatchFile(draft.fileName(), out);
    }

    private void appendSignature(ByteBuf mail) {
        if (signature == null || signature.isEmpty()) {
            return;
        }
        mail.add("-- \n").add(signature);
        if (!signature.endsWith("\n")) {
            mail.add('\n');
        }
        mail.add('\n');
    }
}

package respin.core.series.commit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import respin.core.error.BadInputException;

/**
 * Writes a series as commits on a new branch, one commit per {@link StepCommit}, using the
 * object database only: HEAD, the index and the work tree are never touched, and bare
 * repositories work. Messages come from {@code commit-message.mustache}; the committer is the
 * author. Like JGit's {@code CommitCommand}: configure with the setters, then {@link #call()} once.
 */
public final class SeriesBuilder {
    private final Repository repo;
    private ObjectId base;
    private String branch;
    private Identity author;
    private Identity signoff;
    private boolean signoffSet;
    private Templates templates;
    private List<StepCommit> steps;
    private List<ObjectId> handEdits = List.of();
    private boolean dryRun;
    private Runnable onCommit = () -> { };
    private boolean called;

    public SeriesBuilder(Repository repo) {
        this.repo = Objects.requireNonNull(repo, "repo");
    }

    /** The commit the series starts from. */
    public SeriesBuilder base(ObjectId baseCommit) {
        this.base = baseCommit;
        return this;
    }

    /** The branch to create, as a short name ({@code respin/kvm-file-v1}); it must not exist. */
    public SeriesBuilder branch(String name) {
        this.branch = name;
        return this;
    }

    /** Author and committer of every commit. */
    public SeriesBuilder author(Identity author) {
        this.author = author;
        return this;
    }

    /** Who signs off every commit; the author unless set, no sign-off if set to {@code null}. */
    public SeriesBuilder signoff(Identity signoff) {
        this.signoff = signoff;
        this.signoffSet = true;
        return this;
    }

    public SeriesBuilder templates(Templates templates) {
        this.templates = templates;
        return this;
    }

    /** Called after each step's commit is written (progress: patches committed). */
    public SeriesBuilder onCommit(Runnable listener) {
        this.onCommit = Objects.requireNonNull(listener, "listener");
        return this;
    }

    public SeriesBuilder steps(List<StepCommit> steps) {
        this.steps = List.copyOf(steps);
        return this;
    }

    /** Writes the commits but no branch: to compare a regenerated series with a recorded one. */
    public SeriesBuilder dryRun() {
        this.dryRun = true;
        return this;
    }

    /**
     * Commits a user added on top of an earlier version, to re-apply (three-way, in memory) on
     * top of the generated ones, in order; the branch is created only if they all apply.
     */
    public SeriesBuilder handEdits(List<? extends ObjectId> commits) {
        this.handEdits = List.copyOf(commits);
        return this;
    }

    /**
     * Creates the commits and the branch.
     *
     * @throws BadInputException     if the base is not a commit of the repository
     * @throws BranchExistsException if the branch exists
     * @throws SeriesException       if a step is empty or invalid, or writing fails
     * @throws HandEditConflictException if a hand edit does not apply; no branch is created
     */
    public Series call() {
        if (called) {
            throw new IllegalStateException("SeriesBuilder.call() already ran");
        }
        called = true;
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(author, "author");
        if (steps == null || steps.isEmpty()) {
            throw new SeriesException("a series needs at least one step");
        }
        String ref = dryRun ? null : refName();
        Templates t = templates != null ? templates : Templates.builtin();
        Identity so = signoffSet ? signoff : author;
        try (ObjectInserter ins = repo.newObjectInserter();
                ObjectReader reader = ins.newReader();
                RevWalk walk = new RevWalk(reader)) {
            if (ref != null && repo.exactRef(ref) != null) {
                throw new BranchExistsException(branch);
            }
            RevCommit baseCommit = parseBase(walk);
            TreeEditor editor = new TreeEditor(reader, ins, baseCommit.getTree());
            PersonIdent ident = author.toPersonIdent();
            ObjectId parent = baseCommit;
            ObjectId parentTree = baseCommit.getTree();
            List<ObjectId> ids = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                StepCommit step = steps.get(i);
                if (step.subject().isBlank() || step.subject().indexOf('\n') >= 0) {
                    throw new InvalidStepException(i + 1, "the subject must be one non-blank line");
                }
                ObjectId tree = editor.apply(i + 1, step.files());
                if (tree.equals(parentTree)) {
                    throw new EmptyStepException(i + 1, step.subject());
                }
                CommitBuilder cb = new CommitBuilder();
                cb.setTreeId(tree);
                cb.setParentId(parent);
                cb.setAuthor(ident);
                cb.setCommitter(ident);
                cb.setMessage(message(t, step, so));
                parent = ins.insert(cb);
                parentTree = tree;
                ids.add(parent);
                onCommit.run();
            }
            ins.flush();
            List<ObjectId> edits = HandEdits.replay(repo, ins, reader, parent, handEdits, ident);
            if (!edits.isEmpty()) {
                ids.addAll(edits);
                parent = edits.get(edits.size() - 1);
            }
            List<RevCommit> commits = new ArrayList<>();
            for (ObjectId id : ids) {
                commits.add(walk.parseCommit(id));
            }
            if (ref != null) {
                createBranch(ref, parent, walk);
            }
            return new Series(baseCommit.copy(), commits, ref != null ? branch : "");
        } catch (IOException e) {
            throw new SeriesException("cannot write the series: " + e.getMessage(), e);
        }
    }

    private String refName() {
        if (branch == null || branch.isBlank()) {
            throw new SeriesException("the series needs a branch name");
        }
        String ref = Constants.R_HEADS + branch;
        if (!Repository.isValidRefName(ref)) {
            throw new SeriesException("'" + branch + "' is not a valid branch name");
        }
        return ref;
    }

    private RevCommit parseBase(RevWalk walk) throws IOException {
        try {
            return walk.parseCommit(base);
        } catch (MissingObjectException | IncorrectObjectTypeException e) {
            throw new BadInputException("base " + base.name() + " is not a commit of " + repo.getDirectory());
        }
    }

    private static String message(Templates t, StepCommit step, Identity so) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("subject", step.subject());
        scope.put("body", step.body());
        scope.put("hasBody", !step.body().isBlank());
        scope.put("hasSignoff", so != null);
        scope.put("signoffName", so != null ? so.name() : "");
        scope.put("signoffEmail", so != null ? so.email() : "");
        String msg = MessageCleanup.clean(t.render("commit-message", scope));
        if (msg.isEmpty()) {
            throw new TemplateException("commit-message.mustache rendered an empty message");
        }
        return msg;
    }

    private void createBranch(String ref, ObjectId tip, RevWalk walk) throws IOException {
        RefUpdate ru = repo.updateRef(ref);
        ru.setNewObjectId(tip);
        ru.setExpectedOldObjectId(ObjectId.zeroId());
        ru.setRefLogIdent(author.toPersonIdent());
        ru.setRefLogMessage("respin: series of " + steps.size() + " on " + base.name(), false);
        RefUpdate.Result r = ru.update(walk);
        switch (r) {
            case NEW:
                return;
            case LOCK_FAILURE:
                if (repo.exactRef(ref) != null) {
                    throw new BranchExistsException(branch);
                }
                throw new SeriesException("cannot lock " + ref + " to create it");
            default:
                throw new SeriesException("cannot create " + ref + ": " + r);
        }
    }
}

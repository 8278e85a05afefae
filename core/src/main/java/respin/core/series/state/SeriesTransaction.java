package respin.core.series.state;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jgit.lib.BatchRefUpdate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.util.FileUtils;
import respin.core.error.BadInputException;
import respin.core.error.Checkpoint;
import respin.core.series.commit.BranchExistsException;
import respin.core.series.commit.Identity;
import respin.core.series.commit.SeriesException;

/**
 * Publishes one version of a series whole or not at all. The patch files go to a hidden staging
 * folder next to the output folder, renamed into place at {@link #commit}; then the branch and
 * the series state ref move in one atomic {@link BatchRefUpdate}, each with its expected old id:
 * the branch must not exist, and the state must be the one just read, else it is read again and
 * the version added to it again, so two runs at once lose no version. Until {@link #commit}
 * returns, an exception ({@link #close} without a commit) or SIGINT/SIGTERM (a shutdown hook)
 * removes what the run wrote; only objects without a ref stay, which {@code git gc} removes.
 * A SIGKILL leaves at most those and the staging folder, which the next run into the same
 * parent folder removes. Before the rename a {@link TransactionJournal} in {@code .git/respin/}
 * names the folder and the refs, and is removed after the ref update: a SIGKILL between the two
 * leaves it, and the next run on the repository (or {@code status}) removes the folder unless
 * the refs were written.
 */
public final class SeriesTransaction implements AutoCloseable {
    private static final int TRIES = 50;
    private static final String STAGING = ".respin-staging-";

    private final Repository repo;
    private final Path output;
    private final boolean outputExisted;
    private final List<Path> createdParents;
    private final Path staging;
    private final Thread hook;
    private final List<String> files = new ArrayList<>();
    private final String journalName = TransactionJournal.newName();
    private TransactionJournal journal;
    private boolean moved;
    private boolean done;

    private SeriesTransaction(Repository repo, Path output, boolean outputExisted, List<Path> createdParents,
            Path staging) {
        this.repo = repo;
        this.output = output;
        this.outputExisted = outputExisted;
        this.createdParents = createdParents;
        this.staging = staging;
        this.hook = new Thread(() -> {
            if (rollback()) {
                System.err.println("respin: interrupted; removed what this run had written (files, branch, state)");
                System.err.flush();
            }
        }, "respin-rollback");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts a transaction writing to {@code output}, a folder that must not exist or be empty,
     * and makes its staging folder, so that an output that cannot be written is refused before
     * any work.
     *
     * @throws BadInputException if the output is a file, a folder that is not empty, or cannot be written
     */
    public static SeriesTransaction begin(Repository repo, Path output) {
        return begin(repo, output, note -> System.err.println("respin: " + note));
    }

    /** {@link #begin(Repository, Path)}, saying to {@code notes} what it finished of killed runs. */
    public static SeriesTransaction begin(Repository repo, Path output, Consumer<String> notes) {
        Path out = output.toAbsolutePath().normalize();
        checkOutput(repo, output, notes);
        Path parent = out.getParent();
        List<Path> created = new ArrayList<>();
        try {
            for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
                created.add(0, p);
            }
            for (Path p : created) {
                Files.createDirectory(p);
            }
            sweep(parent);
            Path staging = parent.resolve(STAGING + out.getFileName() + "-" + ProcessHandle.current().pid());
            if (Files.exists(staging)) {
                FileUtils.delete(staging.toFile(), FileUtils.RECURSIVE);
            }
            Files.createDirectory(staging);
            return new SeriesTransaction(repo, out, Files.isDirectory(out), created, staging);
        } catch (IOException e) {
            for (int i = created.size() - 1; i >= 0; i--) {
                deleteEmpty(created.get(i));
            }
            throw new BadInputException("cannot write to the output folder " + output + ": " + reason(e));
        }
    }

    /**
     * Finishes what killed runs on {@code repo} left ({@link TransactionJournal#recover}, saying
     * so to {@code notes}), then refuses an output that is a file or a folder that is not empty.
     */
    public static void checkOutput(Repository repo, Path dir, Consumer<String> notes) {
        TransactionJournal.recover(repo).forEach(notes);
        checkOutput(dir);
    }

    /** Refuses an output that is a file or a folder that is not empty. */
    public static void checkOutput(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("output " + dir + " is a file, not a folder");
        }
        String[] names = dir.toFile().list();
        if (names != null && names.length > 0) {
            throw new BadInputException("output folder " + dir + " exists and is not empty");
        }
    }

    /** Writes one file to the staging folder. */
    public synchronized void write(String fileName, byte[] content) {
        open();
        try {
            Files.write(staging.resolve(fileName), content);
            files.add(fileName);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + output.resolve(fileName) + ": " + reason(e));
        }
    }

    /**
     * Renames the files into place, then creates {@code branch} at {@code tip} and records
     * {@code v} in series {@code series} in one atomic ref update; on a concurrent update of the
     * state it reads the state again and retries.
     *
     * @param next the state to record, from the state as it is now (empty: no state yet)
     * @return the new state commit
     * @throws BranchExistsException if the branch exists
     */
    public ObjectId commit(String branch, ObjectId tip, String series, SeriesVersion v,
            Function<Optional<SeriesState>, SeriesState> next, Identity who) {
        String branchRef = Constants.R_HEADS + branch;
        SeriesStateStore store = new SeriesStateStore(repo);
        try (ObjectInserter ins = repo.newObjectInserter(); RevWalk walk = new RevWalk(repo)) {
            for (int i = 1;; i++) {
                ObjectId old = store.tip(series);
                ObjectId state = SeriesStateStore.commit(ins, next.apply(store.read(series, old)), v, old, who);
                ins.flush();
                String stateRef = SeriesStateStore.PREFIX + series;
                // the state's objects and the journal are written before the rename: a run killed
                // between the rename and the ref update leaves the journal, which the next run finishes
                journal(branchRef, tip, stateRef, state);
                if (!moved) {
                    Checkpoint.reach("state-written");
                    rename();
                }
                BatchRefUpdate batch = repo.getRefDatabase().newBatchUpdate().setAtomic(true)
                        .setRefLogIdent(who.toPersonIdent())
                        .setRefLogMessage("respin: " + series + " v" + v.number(), false);
                batch.addCommand(new ReceiveCommand(ObjectId.zeroId(), tip, branchRef, ReceiveCommand.Type.CREATE),
                        new ReceiveCommand(old != null ? old : ObjectId.zeroId(), state,
                                stateRef,
                                old != null ? ReceiveCommand.Type.UPDATE : ReceiveCommand.Type.CREATE));
                synchronized (this) {
                    open();
                    batch.execute(walk, NullProgressMonitor.INSTANCE);
                    done = batch.getCommands().stream().allMatch(c -> c.getResult() == ReceiveCommand.Result.OK);
                }
                if (done) {
                    Checkpoint.reach("published");
                    journal.delete();
                    removeHook();
                    return state;
                }
                if (repo.exactRef(branchRef) != null) {
                    throw new BranchExistsException(branch);
                }
                if (Objects.equals(store.tip(series), old) || i == TRIES) {
                    throw new SeriesException("cannot create " + branchRef + " and update " + SeriesStateStore.PREFIX
                            + series + ": " + batch.getCommands().stream()
                                    .map(c -> c.getRefName() + " " + c.getResult()).toList());
                }
                Thread.sleep(10L * i);
            }
        } catch (IOException e) {
            throw new SeriesException("cannot record the series: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeriesException("interrupted", e);
        }
    }

    private synchronized void journal(String branchRef, ObjectId tip, String stateRef, ObjectId state)
            throws IOException {
        open();
        journal = TransactionJournal.write(repo, journalName, TransactionJournal.self(), output, staging, outputExisted, files,
                branchRef, tip, stateRef, state);
    }

    private void rename() {
        Checkpoint.reach("before-rename");
        synchronized (this) {
            open();
            try {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new BadInputException("cannot write to the output folder " + output + ": " + reason(e));
            }
            moved = true;
        }
        Checkpoint.reach("renamed");
    }

    /** Rolls back unless {@link #commit} succeeded. */
    @Override
    public void close() {
        removeHook();
        rollback();
    }

    private void open() {
        if (done) {
            throw new SeriesException("the run was interrupted");
        }
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs or has run
        }
    }

    /** Removes what this run wrote; true when there was something to remove. */
    private synchronized boolean rollback() {
        if (done) {
            if (journal != null) {
                journal.delete();
            }
            return false;
        }
        done = true;
        try {
            FileUtils.delete((moved ? output : staging).toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
            if (moved && outputExisted) {
                Files.createDirectory(output);
            }
        } catch (IOException e) {
            System.err.println("respin: could not remove " + (moved ? output : staging) + ": " + reason(e));
        }
        for (int i = createdParents.size() - 1; i >= 0; i--) {
            deleteEmpty(createdParents.get(i));
        }
        if (journal != null) {
            journal.delete();
        }
        return true;
    }

    /** Removes staging folders of runs that are gone (killed with SIGKILL). */
    private static void sweep(Path parent) throws IOException {
        try (var s = Files.list(parent)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(STAGING)).toList()) {
                String name = p.getFileName().toString();
                String pid = name.substring(name.lastIndexOf('-') + 1);
                if (pid.matches("[0-9]+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    FileUtils.delete(p.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
                }
            }
        }
    }

    private static void deleteEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            // someone else's files: keep the folder
        } catch (IOException e) {
            // nothing of ours is left in it
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return e.getMessage() + " is a file";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }
}

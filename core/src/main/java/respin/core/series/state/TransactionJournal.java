package respin.core.series.state;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.util.FileUtils;

/**
 * The note a {@link SeriesTransaction} leaves in {@code .git/respin/} before it renames its
 * output folder into place and removes once the branch and state refs are written. A run killed
 * between the two (SIGKILL) leaves it; the next run on the repository ({@link #recover}) finds
 * it, sees from the refs whether the run got as far as its ref update, and if not removes the
 * output folder it had renamed into place, so that the folder and the refs appear together or
 * not at all at every point.
 */
public final class TransactionJournal {
    static final String DIR = "respin";
    private static final String PREFIX = "transaction-";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Path file;
    private final Properties p;

    private TransactionJournal(Path file, Properties p) {
        this.file = file;
        this.p = p;
    }

    /** This process, as the journal names its owner: pid and start time. */
    static String self() {
        ProcessHandle me = ProcessHandle.current();
        return me.pid() + "@" + me.info().startInstant().map(Object::toString).orElse("");
    }

    /** A name for one transaction's journal, unique on the machine while this process runs. */
    static String newName() {
        return PREFIX + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * Writes (or replaces) the journal {@code name} of {@code owner}'s transaction, on disk before it returns:
     * the output folder, its staging folder, the files it holds and the refs that publish it.
     */
    static TransactionJournal write(Repository repo, String name, String owner, Path output, Path staging, boolean outputExisted,
            List<String> files, String branchRef, ObjectId tip, String stateRef, ObjectId state) throws IOException {
        Properties p = new Properties();
        p.setProperty("owner", owner);
        p.setProperty("output", output.toString());
        p.setProperty("staging", staging.toString());
        p.setProperty("outputExisted", Boolean.toString(outputExisted));
        p.setProperty("files", String.join("/", files));
        p.setProperty("branch", branchRef);
        p.setProperty("tip", tip.name());
        p.setProperty("stateRef", stateRef);
        p.setProperty("state", state.name());
        Path dir = Files.createDirectories(repo.getDirectory().toPath().resolve(DIR));
        Path file = dir.resolve(name);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            p.store(o, "respin: a series being published; removed when its refs are written");
        }
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new TransactionJournal(file, p);
    }

    /** Removes the journal: the transaction is published or rolled back. */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("respin: could not remove " + file + ": " + SeriesTransaction.reason(e));
        }
    }

    /**
     * Completes what runs killed in their last step left: a journal whose refs were written is
     * removed; otherwise the output folder and staging folder it names are removed (only when
     * they hold no file but the run's) and then the journal. Journals of live runs are left.
     *
     * @return one line per journal it acted on, for the user
     */
    public static List<String> recover(Repository repo) {
        Path dir = repo.getDirectory().toPath().resolve(DIR);
        List<String> notes = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return notes;
        }
        List<Path> journals;
        try (Stream<Path> s = Files.list(dir)) {
            journals = s.filter(f -> f.getFileName().toString().startsWith(PREFIX)).sorted().toList();
        } catch (IOException e) {
            return notes;
        }
        for (Path f : journals) {
            try {
                if (f.getFileName().toString().endsWith(".tmp")) {
                    String name = f.getFileName().toString();
                    if (!alive(name.substring(PREFIX.length(), name.indexOf('-', PREFIX.length())))) {
                        Files.deleteIfExists(f);
                    }
                    continue;
                }
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
                    p.load(r);
                }
                String owner = p.getProperty("owner", "");
                if (owner.equals(self()) || alive(owner)) {
                    continue;
                }
                new TransactionJournal(f, p).finish(repo).ifPresent(notes::add);
            } catch (IOException | RuntimeException e) {
                notes.add("could not recover the interrupted run of " + f + ": " + e.getMessage());
            }
        }
        return notes;
    }

    private Optional<String> finish(Repository repo) throws IOException {
        Path output = Path.of(p.getProperty("output"));
        Path staging = Path.of(p.getProperty("staging"));
        String note = null;
        if (!published(repo)) {
            FileUtils.delete(staging.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
            Set<String> ours = new TreeSet<>(Arrays.asList(p.getProperty("files", "").split("/")));
            String[] there = output.toFile().list();
            if (there != null && !Files.exists(staging)) {
                if (ours.containsAll(Arrays.asList(there))) {
                    FileUtils.delete(output.toFile(), FileUtils.RECURSIVE);
                    if (Boolean.parseBoolean(p.getProperty("outputExisted"))) {
                        Files.createDirectory(output);
                    }
                    note = "removed " + output + ", left by a run killed before it wrote "
                            + Repository.shortenRefName(p.getProperty("branch")) + " and its series state";
                } else {
                    note = output + " was left by a run killed before it wrote its branch, and holds other files: "
                            + "remove it by hand";
                }
            }
        }
        delete();
        return Optional.ofNullable(note);
    }

    /** Whether the run's atomic ref update happened: its branch at its tip, or its state recorded. */
    private boolean published(Repository repo) throws IOException {
        ObjectId tip = ObjectId.fromString(p.getProperty("tip"));
        ObjectId state = ObjectId.fromString(p.getProperty("state"));
        Ref branch = repo.exactRef(p.getProperty("branch"));
        if (branch != null && tip.equals(branch.getObjectId())) {
            return true;
        }
        Ref now = repo.exactRef(p.getProperty("stateRef"));
        if (now == null || !repo.getObjectDatabase().has(state)) {
            return false;
        }
        try (RevWalk w = new RevWalk(repo)) {
            return w.isMergedInto(w.parseCommit(state), w.parseCommit(now.getObjectId()));
        }
    }

    /** Whether the process {@code owner} ({@code pid@start}) still runs. */
    private static boolean alive(String owner) {
        int at = owner.indexOf('@');
        String pid = at < 0 ? owner : owner.substring(0, at);
        if (pid.isEmpty()) {
            return false;
        }
        return ProcessHandle.of(Long.parseLong(pid)).filter(h -> at < 0
                || h.info().startInstant().map(Object::toString).orElse("").equals(owner.substring(at + 1)))
                .isPresent();
    }
}

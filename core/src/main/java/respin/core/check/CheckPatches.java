package respin.core.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import respin.core.check.checkpatch.CheckpatchScript;
import respin.core.check.checkpatch.CheckpatchTimeoutException;
import respin.core.check.patch.PatchText;
import respin.core.check.report.CheckResult;
import respin.core.error.BadInputException;

/**
 * {@code respin check}: patch files read and checked with respin's rules and, when one is given
 * or the kernel tree holds one (and perl runs), the real {@code scripts/checkpatch.pl}, each
 * finding once. Configure, then {@link #call()} once.
 */
public final class CheckPatches {
    private final List<String> files;
    private InputStream stdin = System.in;
    private boolean strict;
    private int maxLineLength = 100;
    private Path checkpatch;
    private Path repo;
    private boolean noCheckpatch;
    private Duration timeout = CheckpatchScript.DEFAULT_TIMEOUT;
    private Consumer<String> note = line -> { };

    /** The patch files; {@code -} reads {@link #stdin(InputStream)}. */
    public CheckPatches(List<String> files) {
        this.files = List.copyOf(files);
    }

    public CheckPatches stdin(InputStream in) {
        this.stdin = Objects.requireNonNull(in, "in");
        return this;
    }

    /** Also CHECK-level findings. */
    public CheckPatches strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    public CheckPatches maxLineLength(int columns) {
        this.maxLineLength = columns;
        return this;
    }

    /** This checkpatch.pl runs too (perl must run). */
    public CheckPatches checkpatch(Path script) {
        this.checkpatch = script;
        return this;
    }

    /** A kernel tree whose scripts/checkpatch.pl runs too when perl runs. */
    public CheckPatches repo(Path dir) {
        this.repo = dir;
        return this;
    }

    /** Only respin's rules. */
    public CheckPatches noCheckpatch(boolean no) {
        this.noCheckpatch = no;
        return this;
    }

    /**
     * The script is stopped after {@code limit}; then {@code note} hears one line saying so and
     * only respin's rules stand.
     */
    public CheckPatches timeout(Duration limit, Consumer<String> note) {
        this.timeout = Objects.requireNonNull(limit, "limit");
        this.note = Objects.requireNonNull(note, "note");
        return this;
    }

    /**
     * One result per patch, in order.
     *
     * @throws BadInputException for a missing file, script or folder, or no perl for a script asked for
     */
    public List<CheckResult> call() throws IOException {
        List<PatchText> texts = new ArrayList<>();
        for (String p : files) {
            try {
                texts.add(p.equals("-") ? PatchText.parse("<stdin>", stdin.readAllBytes())
                        : PatchText.parse(p, Files.readAllBytes(Path.of(p))));
            } catch (NoSuchFileException e) {
                throw new BadInputException(p + ": no such file");
            }
        }
        List<CheckResult> results = new PatchChecker().maxLineLength(maxLineLength).strict(strict).checkAll(texts);
        Optional<CheckpatchScript> script = script();
        if (script.isPresent()) {
            try {
                results = script.get().strict(strict).maxLineLength(maxLineLength).timeout(timeout).merge(results);
            } catch (CheckpatchTimeoutException e) {
                note.accept(e.getMessage() + "; only respin's own rules checked the patches");
            }
        }
        return results;
    }

    private Optional<CheckpatchScript> script() {
        if (noCheckpatch) {
            return Optional.empty();
        }
        if (checkpatch != null) {
            if (!Files.isRegularFile(checkpatch)) {
                throw new BadInputException(checkpatch + ": no such file (--checkpatch)");
            }
            if (!CheckpatchScript.perlRuns()) {
                throw new BadInputException("--checkpatch " + checkpatch + ": perl is not on PATH");
            }
            return Optional.of(new CheckpatchScript(checkpatch));
        }
        if (repo != null && !Files.isDirectory(repo)) {
            throw new BadInputException(repo + ": not a directory (--repo)");
        }
        return repo == null ? Optional.empty() : CheckpatchScript.inTree(repo);
    }
}

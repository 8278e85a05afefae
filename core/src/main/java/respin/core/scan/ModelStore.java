package respin.core.scan;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.eclipse.jgit.lib.ObjectId;
import respin.core.model.CTranslationUnit;
import respin.core.model.LazySyntax;

/**
 * Parsed models by blob: one file per blob and path ({@code <version>/<2 hex>/<38 hex>-<path
 * CRC>.unit} under the scan cache's {@code models} folder; what is kept and for how long,
 * {@link ModelPruner} says) holding the declaration model {@link UnitCodec} writes, so that
 * a run after a rebase parses only the blobs it has not seen. A blob id names the same bytes in
 * every clone, and the model of those bytes depends only on the parser, so an entry holds its
 * {@code version} (the parser's and the model's shape) and its blob id, and is checked (magic,
 * version, blob, length, CRC-32C) before use; a corrupt or foreign one is deleted with a note,
 * never trusted. Writes go through a temporary file and a rename.
 */
public final class ModelStore {
    private static final int MAGIC = 0x52534d31; // "RSM1"
    private static final int HEADER = 4 + 8 + 20 + 4 + 4;

    private final Path dir;
    private final long version;
    private final ModelPruner upkeep;
    private volatile boolean off;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger discarded = new AtomicInteger();

    /** A store in {@code dir} for models of parser version {@code parser} (any string naming the build). */
    public ModelStore(Path dir, String parser) {
        this(dir, parser, Clock.systemUTC(), ModelPruner.MAX_BYTES);
    }

    /**
     * Entries live in a folder per version under {@code root}: another build's are not even looked
     * at; {@code clock} and {@code maxBytes} rule the upkeep (tests age entries).
     */
    ModelStore(Path root, String parser, Clock clock, long maxBytes) {
        this.version = UnitCodec.SCHEMA * 31 + parser.hashCode();
        this.dir = root.resolve(String.format("%016x", version));
        this.upkeep = new ModelPruner(root, dir, clock, maxBytes);
    }

    public Path dir() {
        return dir;
    }

    /** The entry of {@code blob} at {@code path} (spans name the file, so a copy elsewhere has its own). */
    Path file(ObjectId blob, String path) {
        String hex = blob.name();
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        return dir.resolve(hex.substring(0, 2)).resolve(hex.substring(2) + "-"
                + String.format("%08x", crc(p, 0, p.length)) + ".unit");
    }

    /**
     * The model of {@code blob} (at {@code path}, whose text is {@code text}) when a sound entry
     * holds it; a corrupt or foreign entry is deleted with a note on {@code notes}.
     */
    public Optional<CTranslationUnit> load(ObjectId blob, String path, String text, LazySyntax syntax,
            Consumer<String> notes) {
        Path f = file(blob, path);
        upkeep.markUsed();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        String why;
        if (bytes.length < HEADER || b.getInt() != MAGIC) {
            why = "not a model entry";
        } else if (b.getLong() != version) {
            why = "written by another respin (model version differs)";
        } else {
            byte[] id = new byte[20];
            b.get(id);
            int length = b.getInt();
            int crc = b.getInt();
            if (!ObjectId.fromRaw(id).equals(blob)) {
                why = "holds blob " + ObjectId.fromRaw(id).name();
            } else if (length != bytes.length - HEADER || crc(bytes, HEADER, length) != crc) {
                why = "corrupt (length or CRC-32C does not match)";
            } else if (!path.equals(pathOf(b))) {
                why = "holds another file's model";
            } else {
                try {
                    CTranslationUnit u = UnitCodec.decode(Arrays.copyOfRange(bytes, b.position(), bytes.length),
                            path, text, syntax);
                    hits.incrementAndGet();
                    upkeep.used(f);
                    return Optional.of(u);
                } catch (IOException | RuntimeException e) {
                    why = "corrupt (" + e.getMessage() + ")";
                }
            }
        }
        discard(f, why, notes);
        return Optional.empty();
    }

    /** Writes the model of {@code u}, the parse of {@code blob}; a store that cannot be written only costs speed. */
    public void save(ObjectId blob, CTranslationUnit u, Consumer<String> notes) {
        if (off) {
            return;
        }
        Path f = file(blob, u.path());
        byte[] model;
        try {
            model = withPath(u.path(), UnitCodec.encode(u));
        } catch (RuntimeException | StackOverflowError e) {
            stop("model cache: not written in this run: the model of " + u.path() + " cannot be encoded: " + e,
                    notes);
            return;
        }
        try {
            ByteArrayOutputStream all = new ByteArrayOutputStream(HEADER + model.length);
            DataOutputStream out = new DataOutputStream(all);
            out.writeInt(MAGIC);
            out.writeLong(version);
            blob.copyRawTo(out);
            out.writeInt(model.length);
            out.writeInt(crc(model, 0, model.length));
            out.write(model);
            upkeep.prune(notes);
            Files.createDirectories(f.getParent());
            upkeep.markUsed();
            Path tmp = Files.createTempFile(f.getParent(), f.getFileName().toString(), ".tmp");
            Files.write(tmp, all.toByteArray());
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
            stored.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            notes.accept("model cache: cannot write " + f + ": " + e.getMessage());
        }
    }

    /** A model the codec cannot write is a fault of this build, not of one file: one note, then no more writes. */
    private synchronized void stop(String why, Consumer<String> notes) {
        if (!off) {
            off = true;
            notes.accept(why);
        }
    }

    private void discard(Path f, String why, Consumer<String> notes) {
        discarded.incrementAndGet();
        notes.accept("model cache: discarded " + f + ": " + why);
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            notes.accept("model cache: cannot delete " + f + ": " + e.getMessage());
        }
    }

    private static byte[] withPath(String path, byte[] model) {
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + p.length + model.length).putInt(p.length).put(p).put(model).array();
    }

    private static String pathOf(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) {
            return null;
        }
        byte[] p = new byte[n];
        b.get(p);
        return new String(p, StandardCharsets.UTF_8);
    }

    private static int crc(byte[] b, int from, int length) {
        CRC32C c = new CRC32C();
        c.update(b, from, length);
        return (int) c.getValue();
    }

    /** {@code 114 models from the cache, 5 written, 0 discarded}, for {@code --verbose}. */
    public String account() {
        return hits.get() + " models from the cache, " + stored.get() + " written, " + discarded.get() + " discarded";
    }

    /** How many models came from the cache so far. */
    public int hits() {
        return hits.get();
    }
}

package respin.core.checkout;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FileUtils;
import respin.core.error.RespinException;

/**
 * The fixture tree shipped inside respin (kernel-fixtures/mini-linux) as a bare git repository
 * with a fixed base commit, in the user cache. It is built once per content (its name holds a
 * hash of the files) in a folder of its own and renamed into place, so runs at the same time
 * share it and never see it half-made; nothing writes to it afterwards. A run that writes (a
 * series) gets a scratch repository of its own borrowing its objects.
 */
public final class BundledRepository {
    public static final String PREFIX = "respin/fixtures/mini-linux/";
    public static final PersonIdent IDENT = new PersonIdent("respin fixtures", "fixtures@respin.invalid",
            1731801600000L, 0);
    private static final String MESSAGE = "mini-linux: fixture tree shaped like Linux 6.12\n";
    private static final long DAY_MS = 24L * 3600 * 1000;

    private BundledRepository() {
    }

    /** The user cache: $RESPIN_CACHE, else the system property respin.cache, else ~/.cache/respin. */
    public static File cache() {
        String env = System.getenv("RESPIN_CACHE");
        return new File(env != null ? env : System.getProperty("respin.cache",
                System.getProperty("user.home") + "/.cache/respin"));
    }

    /** The shared repository of the files found next to {@code anchor}'s class files, built if missing. */
    public static File prepare(Class<?> anchor) {
        return prepare(cache(), files(anchor));
    }

    /** The shared repository of {@code files} in {@code cache}, built if missing (atomically). */
    public static File prepare(File cache, Map<String, byte[]> files) {
        File dir = new File(cache, "mini-linux-" + hash(files) + ".git");
        if (new File(dir, "packed-refs").exists() || new File(dir, "refs/heads/master").exists()) {
            return dir;
        }
        Path tmp = null;
        try {
            Files.createDirectories(cache.toPath());
            tmp = Files.createTempDirectory(cache.toPath(), ".mini-linux-building-");
            FixtureRepository.create(tmp.toFile(), files, IDENT, MESSAGE);
            try {
                Files.move(tmp, dir.toPath(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!dir.isDirectory()) {
                    throw e;
                }
                // another run put it there first
            }
            return dir;
        } catch (IOException e) {
            throw new RespinException("cannot make the bundled repository " + dir + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null && Files.exists(tmp)) {
                try {
                    FileUtils.delete(tmp.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
                } catch (IOException e) {
                    // a leftover in the cache, harmless
                }
            }
        }
    }

    /**
     * A new bare repository of this run alone, whose objects are those of the shared one
     * (objects/info/alternates) and whose master is its base commit; those older than a day
     * are removed.
     */
    public static File scratch(File shared) {
        File runs = new File(shared.getParentFile(), "mini-linux-runs");
        prune(runs);
        try (Repository base = FileRepositoryBuilder.create(shared)) {
            ObjectId master = base.resolve(Constants.R_HEADS + "master");
            Files.createDirectories(runs.toPath());
            File dir = Files.createTempDirectory(runs.toPath(), "run-").toFile();
            try (Repository repo = FileRepositoryBuilder.create(dir)) {
                repo.create(true);
                Files.writeString(new File(dir, "objects/info/alternates").toPath(),
                        new File(shared, "objects").getAbsolutePath() + "\n");
            }
            try (Repository repo = FileRepositoryBuilder.create(dir)) {
                RefUpdate ru = repo.updateRef(Constants.R_HEADS + "master");
                ru.setNewObjectId(master);
                ru.update();
            }
            return dir;
        } catch (IOException e) {
            throw new RespinException("cannot make a scratch repository next to " + shared + ": " + e.getMessage(), e);
        }
    }

    private static void prune(File runs) {
        File[] old = runs.listFiles();
        if (old == null) {
            return;
        }
        for (File f : old) {
            if (f.lastModified() < System.currentTimeMillis() - DAY_MS) {
                try {
                    FileUtils.delete(f, FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
                } catch (IOException e) {
                    // in use or not ours: keep it
                }
            }
        }
    }

    static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                md.update((f.getKey() + "\0" + f.getValue().length + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(f.getValue());
            }
            return HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture files on the class path of {@code anchor} (a folder or a jar), keyed by their path in the tree. */
    public static Map<String, byte[]> files(Class<?> anchor) {
        Map<String, byte[]> out = new TreeMap<>();
        try {
            Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                Path root = where.resolve(PREFIX);
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                        out.put(root.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    Enumeration<JarEntry> en = jar.entries();
                    while (en.hasMoreElements()) {
                        JarEntry e = en.nextElement();
                        if (!e.isDirectory() && e.getName().startsWith(PREFIX)) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(e.getName().substring(PREFIX.length()), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (out.isEmpty()) {
            throw new RespinException("the bundled fixture tree is missing from this build");
        }
        return out;
    }
}

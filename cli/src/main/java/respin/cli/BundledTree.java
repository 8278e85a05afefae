package respin.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.util.FileUtils;
import respin.core.checkout.FixtureRepository;
import respin.core.error.RespinException;

/**
 * The fixture tree shipped inside respin (kernel-fixtures/mini-linux), made into a
 * fresh bare git repository with a fixed base commit each time it is asked for.
 */
final class BundledTree {
    static final String PREFIX = "respin/fixtures/mini-linux/";
    static final PersonIdent IDENT = new PersonIdent("respin fixtures", "fixtures@respin.invalid",
            1731801600000L, 0);

    private BundledTree() {
    }

    static File prepare() {
        String cache = System.getenv().getOrDefault("RESPIN_CACHE",
                System.getProperty("user.home") + "/.cache/respin");
        File dir = new File(cache, "mini-linux.git");
        try {
            if (dir.exists()) {
                FileUtils.delete(dir, FileUtils.RECURSIVE | FileUtils.RETRY);
            }
        } catch (IOException e) {
            throw new RespinException("cannot reset " + dir + ": " + e.getMessage(), e);
        }
        FixtureRepository.create(dir, files(), IDENT, "mini-linux: fixture tree shaped like Linux 6.12\n");
        return dir;
    }

    /** The fixture files from the classpath, keyed by their path in the tree. */
    static Map<String, byte[]> files() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try {
            Path where = Path.of(BundledTree.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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

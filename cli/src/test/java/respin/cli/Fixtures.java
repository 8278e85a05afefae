package respin.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import respin.core.checkout.BundledRepository;
import respin.core.checkout.FixtureRepository;

/** The fixture trees under kernel-fixtures/, made into git repositories with the bundled tree's base commit. */
final class Fixtures {
    private Fixtures() {
    }

    static Path root() {
        return Path.of(System.getProperty("respin.root", "..")).toAbsolutePath().normalize();
    }

    static Path dir(String name) {
        return root().resolve("kernel-fixtures").resolve(name);
    }

    static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(dir.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A bare repository holding {@code kernel-fixtures/<name>} as its one commit. */
    static File repository(String name, Path where) {
        File git = where.resolve(name + ".git").toFile();
        FixtureRepository.create(git, files(dir(name)), BundledRepository.IDENT,
                name + ": fixture tree shaped like Linux 6.12\n");
        return git;
    }
}

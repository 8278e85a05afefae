package respin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.checkout.FixtureRepository;

class ParseCommandTest {
    @TempDir
    Path tmp;

    @Test
    void reportsCountsAndRoundTrip() {
        File git = tmp.resolve("t.git").toFile();
        FixtureRepository.create(git, Map.of(
                "a.c", "int f(struct kvm *kvm)\n{\n\treturn g(kvm);\n}\n".getBytes(),
                "b.h", "struct s {\n\tint a;\n};\nint f(struct kvm *kvm);\n".getBytes(),
                "c.txt", "not c\n".getBytes()),
                new PersonIdent("t", "t@example.org", 0L, 0), "base\n");
        Cli r = Cli.run("parse", "--repo", git.toString(), "--roundtrip");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("files 2, bytes 89, functions 1, prototypes 1, structs 1, opaque regions 0 "
                + "(0 bytes, 0.000%)\n"), r.out());
        assertTrue(r.out().endsWith("round trip: 2 of 2 files byte-identical\n"), r.out());
    }

    @Test
    void statsReportTheTypedShareOfFunctionBodies() {
        File git = tmp.resolve("s.git").toFile();
        FixtureRepository.create(git, Map.of(
                "a.c", "int f(struct kvm *kvm)\n{\n\tx = a b;\n\treturn g(kvm);\n}\n".getBytes()),
                new PersonIdent("t", "t@example.org", 0L, 0), "base\n");
        Cli r = Cli.run("parse", "--repo", git.toString(), "--stats");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("function bodies: 29 bytes, 75.862% in typed statement and expression nodes "
                + "(7 bytes opaque)\n"
                + "most common opaque statement and expression causes (nodes, bytes):\n"
                + "        1         7  a word after a complete expression\n"), r.out());
    }
}

package respin.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import respin.core.model.CTranslationUnit;
import respin.core.model.tree.CTreeDump;
import respin.core.parse.CSourceParser;

class ModelStoreTest {
    private static final String PATH = "drivers/vfio/x.c";
    private static final String TEXT = """
            // SPDX-License-Identifier: GPL-2.0
            #include <linux/kvm_host.h>
            #ifdef CONFIG_X
            struct vfio_device {
            \tstruct kvm *kvm;
            \tvoid (*put_kvm)(struct kvm *kvm);
            \tunsigned long flags[2];
            };
            #endif
            static struct vfio_device devs[4] = { [0] = { .kvm = NULL }, };

            /**
             * vfio_kvm_get - take a reference
             * @dev: the device
             */
            static inline int vfio_kvm_get(struct vfio_device *dev, int n)
            {
            \tint i = 0;

            \tif (dev->kvm && !kvm_get_kvm_safe(dev->kvm))
            \t\treturn -ENOENT;
            \tfor (i = 0; i < n; i++)
            \t\tdevs[i].put_kvm = dev->put_kvm;
            \tswitch (n) { case 1: break; default: return 1; }
            \treturn ({ int y = 2; y; }) + sizeof(struct vfio_device);
            }
            ) ] } ;
            """;
    private static final ObjectId BLOB = ObjectId.fromString("0123456789abcdef0123456789abcdef01234567");

    @TempDir
    Path tmp;

    private final List<String> notes = new ArrayList<>();

    private Optional<CTranslationUnit> load(ModelStore store) {
        return store.load(BLOB, PATH, TEXT, CSourceParser.units().syntax(PATH, TEXT), notes::add);
    }

    /** Everything of a unit that is not derived from its text on use. */
    private static List<Object> model(CTranslationUnit u) {
        return List.of(u.path(), u.text(), u.functions(), u.records(), u.variables(), u.calls(), u.accesses(),
                u.directives(), u.opaque(), u.lines().lineCount());
    }

    @Test
    void aStoredModelComesBackEqualToTheParse() {
        CTranslationUnit parsed = CSourceParser.parse(PATH, TEXT);
        assertEquals("1 1 1 2 3 1 3", List.of(parsed.functions(), parsed.records(), parsed.variables(),
                parsed.calls(), parsed.accesses(), parsed.opaque(), parsed.directives()).stream()
                .map(l -> String.valueOf(l.size())).reduce((a, c) -> a + " " + c).orElseThrow());
        ModelStore store = new ModelStore(tmp, "build 1");
        assertEquals(Optional.empty(), load(store));
        store.save(BLOB, parsed, notes::add);
        CTranslationUnit back = load(store).orElseThrow();
        assertEquals(model(parsed), model(back));
        assertEquals(CTreeDump.of(parsed.syntax(), parsed.lines()), CTreeDump.of(back.syntax(), back.lines()));
        assertEquals("1 models from the cache, 1 written, 0 discarded", store.account());
        assertEquals(List.of(), notes);
    }

    @Test
    void aCorruptEntryIsDiscardedWithANote() throws IOException {
        new ModelStore(tmp, "build 1").save(BLOB, CSourceParser.parse(PATH, TEXT), notes::add);
        Path f = new ModelStore(tmp, "build 1").file(BLOB, PATH);
        byte[] b = Files.readAllBytes(f);
        b[b.length / 2] ^= 0x20;
        Files.write(f, b);
        ModelStore store = new ModelStore(tmp, "build 1");
        assertEquals(Optional.empty(), load(store));
        assertEquals(List.of("model cache: discarded " + f + ": corrupt (length or CRC-32C does not match)"), notes);
        assertFalse(Files.exists(f));
        assertEquals("0 models from the cache, 0 written, 1 discarded", store.account());
    }

    @Test
    void aTruncatedEntryIsDiscardedWithANote() throws IOException {
        new ModelStore(tmp, "build 1").save(BLOB, CSourceParser.parse(PATH, TEXT), notes::add);
        Path f = new ModelStore(tmp, "build 1").file(BLOB, PATH);
        Files.write(f, java.util.Arrays.copyOf(Files.readAllBytes(f), 20));
        assertEquals(Optional.empty(), load(new ModelStore(tmp, "build 1")));
        assertEquals(List.of("model cache: discarded " + f + ": not a model entry"), notes);
    }

    @Test
    void anEntryOfAnotherVersionIsDiscardedWithANote() throws IOException {
        ModelStore one = new ModelStore(tmp, "build 1");
        one.save(BLOB, CSourceParser.parse(PATH, TEXT), notes::add);
        ModelStore other = new ModelStore(tmp, "build 2");
        Path f = other.file(BLOB, PATH);
        assertEquals(Optional.empty(), load(other));
        assertEquals(List.of(), notes, "another version's folder is not looked at");
        Files.createDirectories(f.getParent());
        Files.copy(one.file(BLOB, PATH), f);
        assertEquals(Optional.empty(), load(other));
        assertEquals(List.of("model cache: discarded " + f + ": written by another respin (model version differs)"),
                notes);
        assertFalse(Files.exists(f));
    }

    @Test
    void aModelTheCodecCannotWriteStopsTheWritesWithOneNote() {
        ModelStore store = new ModelStore(tmp, "build 1");
        CTranslationUnit parsed = CSourceParser.parse(PATH, TEXT);
        List<Object> foreign = new ArrayList<>(parsed.functions());
        foreign.add(new StringBuilder("not a model record"));
        @SuppressWarnings("unchecked")
        CTranslationUnit odd = new CTranslationUnit(PATH, TEXT, (List<respin.core.model.CFunction>) (List<?>) foreign,
                parsed.records(), parsed.variables(), parsed.calls(), parsed.accesses(), parsed.directives(),
                parsed.opaque(), parsed.lines());
        store.save(BLOB, odd, notes::add);
        store.save(BLOB, parsed, notes::add);
        assertEquals(List.of("model cache: not written in this run: the model of " + PATH + " cannot be encoded: "
                + "java.lang.IllegalArgumentException: a model holds a java.lang.StringBuilder"), notes);
        assertFalse(Files.exists(store.file(BLOB, PATH)));
    }

    @Test
    void anEntryHoldingAnotherBlobIsDiscardedWithANote() throws IOException {
        ModelStore store = new ModelStore(tmp, "build 1");
        store.save(BLOB, CSourceParser.parse(PATH, TEXT), notes::add);
        ObjectId other = ObjectId.fromString("fedcba9876543210fedcba9876543210fedcba98");
        Files.createDirectories(store.file(other, PATH).getParent());
        Files.move(store.file(BLOB, PATH), store.file(other, PATH));
        assertEquals(Optional.empty(), store.load(other, PATH, TEXT, null, notes::add));
        assertEquals(List.of("model cache: discarded " + store.file(other, PATH) + ": holds blob " + BLOB.name()),
                notes);
    }
}

package respin.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import respin.core.checkout.SourceTree;

class IdentifierSetTest {
    private static final IdentifierSet NAMES = new IdentifierSet(Set.of("kvm_get_kvm", "vfio_device", "kvm"));

    private static boolean found(String text) {
        return NAMES.foundIn(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void findsWholeWordsOnlyInCodeCommentsAndStrings() {
        List<String> texts = List.of(
                "\tkvm_get_kvm(kvm);",          // a call
                "struct vfio_device *d;",       // a tag
                "/* see vfio_device */",        // a comment
                "\"kvm\"",                      // a string
                "x->kvm",                       // a member
                "kvm_get_kvm_safe(k);",         // a longer name
                "__kvm_get_kvm(k);",            // a prefixed one
                "my_vfio_device_ops",           // inside a word
                "0kvm",                         // part of a number
                "kvm\u00e9",                    // a Latin-1 letter continues the word
                "",                             // nothing
                "kv m kvm_");                   // near misses
        assertEquals(List.of(true, true, true, true, true, false, false, false, false, false, false, false),
                texts.stream().map(IdentifierSetTest::found).toList());
    }

    @Test
    void aNameAtTheVeryEndOrStartIsFound() {
        assertEquals(List.of(true, true, true), List.of(found("kvm"), found("kvm;"), found(";kvm")));
    }

    @Test
    void anEmptySetFindsNothing() {
        assertEquals(false, new IdentifierSet(Set.of()).foundIn("kvm".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void collectsTheTagsAFileNamesUntilANameIsFound() {
        List<String> tags = new java.util.ArrayList<>();
        boolean found = NAMES.foundIn(("struct intel_vgpu *v = container_of(d, struct\n\tintel_vgpu, vdev);\n"
                + "union u8x2 x; struct { int a; } anon; struct_ops y; struct 9p z;\n"
                + "struct mdev_state *s; kvm; struct after_the_name *never;")
                .getBytes(StandardCharsets.ISO_8859_1), tags::add);
        assertEquals(true, found);
        assertEquals(List.of("intel_vgpu", "intel_vgpu", "u8x2", "mdev_state"), tags);
    }

    @Test
    void tagIndexAnswersForScannedFilesOnly() {
        SourceTree.Entry a = new SourceTree.Entry("a.c", org.eclipse.jgit.lib.ObjectId.zeroId(),
                org.eclipse.jgit.lib.FileMode.REGULAR_FILE);
        SourceTree.Entry b = new SourceTree.Entry("b.c", org.eclipse.jgit.lib.ObjectId.zeroId(),
                org.eclipse.jgit.lib.FileMode.REGULAR_FILE);
        TagIndex index = new TagIndex();
        index.add(a, Set.of("intel_vgpu", "mdev_state"));
        assertEquals(List.of(a), index.naming(List.of(a, b), Set.of("mdev_state", "vfio_ccw_private")));
        assertEquals(List.of(), index.naming(List.of(a, b), Set.of("vfio_ccw_private")));
    }
}

package respin.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
    void scanMarksEveryNameAndHandsEveryTagOfTheWholeText() {
        boolean[] found = new boolean[3];
        TagTable tags = new TagTable();
        tags.beginFile();
        boolean any = NAMES.scan(("kvm; struct intel_vgpu *v; union\n u8x2 x; struct 9p z; struct intel_vgpu w;"
                + " vfio_device; struct after_the_name *a;").getBytes(StandardCharsets.ISO_8859_1), found, tags);
        assertEquals(true, any);
        List<String> names = NAMES.names();
        assertEquals(List.of(false, true, true), List.of(found[names.indexOf("kvm_get_kvm")],
                found[names.indexOf("vfio_device")], found[names.indexOf("kvm")]));
        assertEquals(List.of("intel_vgpu", "u8x2", "after_the_name"),
                java.util.Arrays.stream(tags.fileTags()).mapToObj(tags::tag).toList());
    }

    @Test
    void theSkipSearchAgreesWithTheWordByWordScanOnGeneratedText() {
        agree(NAMES);
    }

    /** Names of six bytes or more: the tag keywords (searched with their blank) set the skip. */
    @Test
    void theSkipSearchAgreesWithTheWordByWordScanWithLongNamesOnly() {
        agree(new IdentifierSet(Set.of("kvm_get_kvm", "vfio_device", "kvm_put")));
    }

    private static void agree(IdentifierSet set) {
        int size = set.names().size();
        java.util.Random r = new java.util.Random(20);
        String[] parts = {"kvm", "kvm_get_kvm", "vfio_device", "struct", "union", " ", "\t", "\n", "_", "x", "9",
            "(", "*", "struct vfio_device", "unionx", "\u00e9", "kv", "m", "kvm_put", "\\", "/**/", "{", "\r"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            byte[] text = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
            boolean[] skip = new boolean[size];
            boolean[] word = new boolean[size];
            List<String> skipTags = new java.util.ArrayList<>();
            List<String> wordTags = new java.util.ArrayList<>();
            boolean a = set.scan(text, skip, (t, s, n) -> skipTags.add(new String(t, s, n, StandardCharsets.ISO_8859_1)));
            boolean b = set.wordScan(text, word, (t, s, n) -> wordTags.add(new String(t, s, n,
                    StandardCharsets.ISO_8859_1)), false);
            String what = sb.toString();
            assertEquals(b, a, what);
            assertEquals(java.util.Arrays.toString(word), java.util.Arrays.toString(skip), what);
            assertEquals(wordTags, skipTags, what);
        }
    }
}

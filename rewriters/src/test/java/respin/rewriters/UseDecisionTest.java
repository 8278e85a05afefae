package respin.rewriters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.rewriteRun;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import respin.core.plan.Plan;

/** Each parent kind a use of a retyped field can have, decided on the node, before and after. */
class UseDecisionTest {
    private static final String HEADER = """
            struct vfio_device {
            \tstruct kvm *kvm;
            \tint id;
            };
            struct kvm_device {
            \tstruct kvm *kvm;
            };
            int mm_of(struct kvm *kvm);
            """;

    /** Plans {@code before} with {@code struct vfio_device.kvm} retyped; returns decisions and leftovers of x.c. */
    private static List<String> run(String before, String after) {
        Plan plan = rewriteRun(List.of(new ChangeFieldType("struct vfio_device", "kvm", "struct file *")),
                List.of(new ConvertAtUse("struct kvm *", "struct file *", "file_to_kvm", Map.of(),
                        Map.of("kvm_get_kvm", "get_file"))),
                c("vfio.h", HEADER, HEADER.replace("\tstruct kvm *kvm;\n\tint id;", "\tstruct file *kvm;\n\tint id;")),
                c("x.c", before, after));
        return java.util.stream.Stream.concat(
                plan.sites().stream().filter(s -> s.span() != null && s.span().file().equals("x.c"))
                        .map(s -> s.span() + ": " + s.decision()),
                plan.leftovers().stream().map(l -> "left: " + l)).toList();
    }

    @Test
    void conditionOfATernaryIsATruthTest() {
        String src = """
                int f(struct vfio_device *d)
                {
                \treturn d->kvm ? d->id : -ENODEV;
                }
                """;
        assertEquals(List.of("x.c:3:9: d->kvm tested for NULL: unchanged"), run(src, src));
    }

    @Test
    void comparedWithAnOldTypedValueGetsTheConversion() {
        assertEquals(List.of("x.c:3:6: d->kvm compared with kvm, a struct kvm *: file_to_kvm(d->kvm)"), run("""
                int f(struct vfio_device *d, struct kvm *kvm)
                {
                \tif (d->kvm == kvm)
                \t\treturn -EBUSY;
                \treturn 0;
                }
                """, """
                int f(struct vfio_device *d, struct kvm *kvm)
                {
                \tif (file_to_kvm(d->kvm) == kvm)
                \t\treturn -EBUSY;
                \treturn 0;
                }
                """));
    }

    /** Both sides of {@code other->kvm = d->kvm} are decided; the same decision on one line is recorded once. */
    @Test
    void storesOfTheNewTypeAreUnchanged() {
        String src = """
                void f(struct vfio_device *d, struct vfio_device *other)
                {
                \td->kvm = NULL;
                \td->kvm = kvm_get_kvm(other->kvm);
                \tother->kvm = d->kvm;
                }
                """;
        assertEquals(List.of("x.c:3:2: d->kvm = NULL: both sides are struct file *",
                "x.c:4:2: d->kvm = kvm_get_kvm(other->kvm): kvm_get_kvm() becomes get_file(), both sides are "
                        + "struct file *",
                "x.c:5:2: other->kvm = d->kvm: both sides are struct file *",
                "left: x.c:4:23: other->kvm (now struct file *) is passed to kvm_get_kvm(), whose parameter type "
                        + "respin cannot see"), run(src, src));
    }

    @Test
    void parenthesesAroundAUseAreLookedThrough() {
        assertEquals(List.of("x.c:3:16: d->kvm passed to mm_of(), which wants struct kvm *: file_to_kvm(d->kvm)",
                "x.c:3:28: d->kvm dereferenced: file_to_kvm(d->kvm)"), run("""
                int f(struct vfio_device *d)
                {
                \treturn mm_of((d->kvm)) + (d->kvm)->id;
                }
                """, """
                int f(struct vfio_device *d)
                {
                \treturn mm_of((file_to_kvm(d->kvm))) + (file_to_kvm(d->kvm))->id;
                }
                """));
    }

    @Test
    void aDesignatedInitializerIsLeftForAHuman() {
        String src = """
                void f(struct vfio_device *d)
                {
                \tstruct kvm_device dev = { .kvm = d->kvm };
                }
                """;
        assertEquals(List.of("left: x.c:3:35: d->kvm is now struct file *; respin cannot tell what this use needs"),
                run(src, src));
    }
}

package respin.rewriters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.rewriteRun;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import respin.core.plan.Plan;

class ConvertAtUseTest {
    private static final ConvertAtUse CONVERT = new ConvertAtUse("struct kvm *", "struct file *", "file_to_kvm",
            Map.of("struct kvm_device.kvm", "kvm_file"), Map.of("kvm_get_kvm", "get_file"));

    private static final String HEADER = """
            struct vfio_device {
            \tstruct kvm *kvm;
            };
            struct vfio_pci_core_device {
            \tstruct vfio_device vdev;
            };
            struct zpci_kvm_hook {
            \tint (*kvm_register)(void *opaque, struct kvm *kvm);
            };
            extern struct zpci_kvm_hook zpci_kvm_hook;
            struct kvm_device {
            \tstruct file *kvm_file;
            \tstruct kvm *kvm;
            };
            """;

    @Test
    void embeddedFieldPassedToHookAndDereferencedGetsConversion() {
        Plan plan = rewriteRun(List.of(new ChangeFieldType("struct vfio_device", "kvm", "struct file *")),
                List.of(CONVERT),
                c("vfio.h", HEADER, HEADER.replace("\tstruct kvm *kvm;\n};\nstruct vfio_pci",
                        "\tstruct file *kvm;\n};\nstruct vfio_pci")),
                c("zdev.c", """
                        int open(struct vfio_pci_core_device *vdev, struct vfio_pci_core_device *other)
                        {
                        \tif (!vdev->vdev.kvm)
                        \t\treturn 0;
                        \tif (vdev->vdev.kvm->mm != current->mm)
                        \t\treturn -EPERM;
                        \tif (vdev->vdev.kvm == other->vdev.kvm)
                        \t\treturn -EBUSY;
                        \treturn zpci_kvm_hook.kvm_register(zdev, vdev->vdev.kvm);
                        }
                        """, """
                        int open(struct vfio_pci_core_device *vdev, struct vfio_pci_core_device *other)
                        {
                        \tif (!vdev->vdev.kvm)
                        \t\treturn 0;
                        \tif (file_to_kvm(vdev->vdev.kvm)->mm != current->mm)
                        \t\treturn -EPERM;
                        \tif (vdev->vdev.kvm == other->vdev.kvm)
                        \t\treturn -EBUSY;
                        \treturn zpci_kvm_hook.kvm_register(zdev, file_to_kvm(vdev->vdev.kvm));
                        }
                        """));
        assertEquals(List.of(), plan.leftovers());
    }

    @Test
    void oldTypedArgumentToRetypedParameterUsesTheEquivalentMember() {
        Plan plan = rewriteRun(List.of(new ChangeParamType("set_kvm", "kvm", "struct file *")), List.of(CONVERT),
                c("vfio.h", HEADER, HEADER),
                c("kvm_vfio.c", """
                        static void set_kvm(struct file *file, struct kvm *kvm)
                        {
                        }

                        static int add(struct kvm_device *dev, struct file *filp)
                        {
                        \tset_kvm(filp, dev->kvm);
                        \tset_kvm(filp, NULL);
                        \treturn 0;
                        }
                        """, """
                        static void set_kvm(struct file *file, struct file *kvm)
                        {
                        }

                        static int add(struct kvm_device *dev, struct file *filp)
                        {
                        \tset_kvm(filp, dev->kvm_file);
                        \tset_kvm(filp, NULL);
                        \treturn 0;
                        }
                        """));
        assertEquals(List.of(), plan.leftovers());
    }

    @Test
    void valuePassedFromOneStepsFieldToAnotherStepsParameterCouplesTheSteps() {
        Plan plan = rewriteRun(List.of(new ChangeFieldType("struct vfio_device", "kvm", "struct file *"),
                new ChangeParamType("track", "kvm", "struct file *")), List.of(CONVERT),
                c("vfio.h", HEADER, HEADER.replace("\tstruct kvm *kvm;\n};\nstruct vfio_pci",
                        "\tstruct file *kvm;\n};\nstruct vfio_pci")),
                c("gvt.c", """
                        int track(struct kvm *kvm, int gfn);

                        int f(struct vfio_pci_core_device *vdev)
                        {
                        \treturn track(vdev->vdev.kvm, 1);
                        }
                        """, """
                        int track(struct file *kvm, int gfn);

                        int f(struct vfio_pci_core_device *vdev)
                        {
                        \treturn track(vdev->vdev.kvm, 1);
                        }
                        """));
        assertEquals(1, plan.steps().size());
        assertEquals(List.of("Steps are merged into \"subject 0\" because gvt.c passes the retyped value\nto track()."),
                plan.notes());
    }

    @Test
    void useThatCannotBeClassifiedIsLeftForAHuman() {
        Plan plan = rewriteRun(List.of(new ChangeFieldType("struct vfio_device", "kvm", "struct file *")),
                List.of(CONVERT),
                c("vfio.h", HEADER, HEADER.replace("\tstruct kvm *kvm;\n};\nstruct vfio_pci",
                        "\tstruct file *kvm;\n};\nstruct vfio_pci")),
                c("x.c", """
                        void g(struct vfio_device *d)
                        {
                        \tvoid *k;

                        \tk = d->kvm;
                        }
                        """, """
                        void g(struct vfio_device *d)
                        {
                        \tvoid *k;

                        \tk = d->kvm;
                        }
                        """));
        assertEquals(1, plan.leftovers().size());
        assertEquals("x.c:5:6: d->kvm is now struct file *; respin cannot tell what this use needs",
                plan.leftovers().get(0).toString());
    }

    /** Each decision kind, as explain prints it: convert, dereference, NULL test, comparison, pass through, unknown. */
    @Test
    void everyDecisionKindIsNamed() {
        String before = """
                int track(struct kvm *kvm, int gfn);

                int f(struct vfio_pci_core_device *vdev, struct vfio_pci_core_device *other)
                {
                \tif (!vdev->vdev.kvm)
                \t\treturn 0;
                \tif (vdev->vdev.kvm->mm != current->mm)
                \t\treturn -EPERM;
                \tif (vdev->vdev.kvm == other->vdev.kvm)
                \t\treturn -EBUSY;
                \tmystery(vdev->vdev.kvm);
                \ttrack(vdev->vdev.kvm, 1);
                \treturn zpci_kvm_hook.kvm_register(zdev, vdev->vdev.kvm);
                }
                """;
        Plan plan = rewriteRun(List.of(new ChangeFieldType("struct vfio_device", "kvm", "struct file *"),
                new ChangeParamType("track", "kvm", "struct file *")), List.of(CONVERT),
                c("vfio.h", HEADER, HEADER.replace("\tstruct kvm *kvm;\n};\nstruct vfio_pci",
                        "\tstruct file *kvm;\n};\nstruct vfio_pci")),
                c("zdev.c", before, before.replace("int track(struct kvm *kvm", "int track(struct file *kvm")
                        .replace("\tif (vdev->vdev.kvm->mm", "\tif (file_to_kvm(vdev->vdev.kvm)->mm")
                        .replace("kvm_register(zdev, vdev->vdev.kvm)", "kvm_register(zdev, file_to_kvm(vdev->vdev.kvm))")));
        assertEquals(List.of(
                "zdev.c:5:7: vdev->vdev.kvm tested for NULL: unchanged",
                "zdev.c:7:6: vdev->vdev.kvm dereferenced: file_to_kvm(vdev->vdev.kvm)",
                "zdev.c:9:6: vdev->vdev.kvm compared with another struct file *: the same VM either way, unchanged",
                "zdev.c:9:24: other->vdev.kvm compared with another struct file *: the same VM either way, unchanged",
                "zdev.c:12:8: vdev->vdev.kvm passed to track(), whose parameter is struct file * too: unchanged",
                "zdev.c:13:42: vdev->vdev.kvm passed to zpci_kvm_hook.kvm_register(), which wants struct kvm *: "
                        + "file_to_kvm(vdev->vdev.kvm)"),
                plan.sites().stream().filter(x -> x.span() != null && x.span().file().equals("zdev.c")
                        && x.decision().contains("vdev.kvm")).map(x -> x.span() + ": " + x.decision()).toList());
        assertEquals(List.of("zdev.c:11:10: vdev->vdev.kvm (now struct file *) is passed to mystery(), whose "
                + "parameter type respin cannot see"), plan.leftovers().stream().map(Object::toString).toList());
    }

    @Test
    void retypedParameterKeepingItsNameIsConvertedWhereItsBodyNeedsTheOldType() {
        Plan plan = rewriteRun(List.of(new ChangeParamType("attach", "kvm", "struct file *")), List.of(CONVERT),
                c("a.c", """
                        int mm_of(struct kvm *kvm);

                        int attach(struct vfio_device *d, struct kvm *kvm)
                        {
                        \tif (!kvm)
                        \t\treturn -EINVAL;
                        \tmutex_lock(&kvm->lock);
                        \td->id = mm_of(kvm);
                        \treturn 0;
                        }
                        """, """
                        int mm_of(struct kvm *kvm);

                        int attach(struct vfio_device *d, struct file *kvm)
                        {
                        \tif (!kvm)
                        \t\treturn -EINVAL;
                        \tmutex_lock(&file_to_kvm(kvm)->lock);
                        \td->id = mm_of(file_to_kvm(kvm));
                        \treturn 0;
                        }
                        """));
        assertEquals(List.of(), plan.leftovers());
    }

    @Test
    void retypedFieldStoredInOrReturnedAsTheOldTypeGetsTheConversion() {
        Plan plan = rewriteRun(List.of(new ChangeFieldType("struct vfio_device", "kvm", "struct file *")),
                List.of(CONVERT),
                c("vfio.h", HEADER, HEADER.replace("\tstruct kvm *kvm;\n};\nstruct vfio_pci",
                        "\tstruct file *kvm;\n};\nstruct vfio_pci")),
                c("gtt.c", """
                        static struct kvm *kvm_of(struct vfio_device *d)
                        {
                        \treturn d->kvm;
                        }

                        static bool valid_gfn(struct vfio_pci_core_device *vdev, unsigned long gfn)
                        {
                        \tstruct kvm *kvm = vdev->vdev.kvm;
                        \tstruct kvm *other;
                        \tint idx;

                        \tother = vdev->vdev.kvm;
                        \treturn kvm == other;
                        }
                        """, """
                        static struct kvm *kvm_of(struct vfio_device *d)
                        {
                        \treturn file_to_kvm(d->kvm);
                        }

                        static bool valid_gfn(struct vfio_pci_core_device *vdev, unsigned long gfn)
                        {
                        \tstruct kvm *kvm = file_to_kvm(vdev->vdev.kvm);
                        \tstruct kvm *other;
                        \tint idx;

                        \tother = file_to_kvm(vdev->vdev.kvm);
                        \treturn kvm == other;
                        }
                        """));
        assertEquals(List.of(), plan.leftovers());
        assertEquals(List.of("gtt.c:3:9: d->kvm returned from kvm_of(), which returns struct kvm *: file_to_kvm(d->kvm)",
                "gtt.c:8:20: vdev->vdev.kvm stored in kvm, a struct kvm *: file_to_kvm(vdev->vdev.kvm)",
                "gtt.c:12:10: vdev->vdev.kvm stored in other, a struct kvm *: file_to_kvm(vdev->vdev.kvm)"),
                plan.sites().stream().filter(x -> x.decision().contains("file_to_kvm"))
                        .map(x -> x.span() + ": " + x.decision()).toList());
    }
}

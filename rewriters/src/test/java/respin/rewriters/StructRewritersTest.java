package respin.rewriters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.noTargetRun;
import static respin.rewriters.RewriteTest.rewriteRun;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructRewritersTest {

    @Test
    void fieldTypeChangeKeepsTabAlignment() {
        rewriteRun(new ChangeFieldType("struct vfio_group", "kvm", "struct file *"),
                c("vfio.h", """
                        struct vfio_group {
                        \tstruct device \t\t\tdev;
                        \tstruct mutex\t\t\tgroup_lock;
                        \tstruct kvm\t\t\t*kvm;
                        \tstruct file\t\t\t*opened_file;
                        };
                        """, """
                        struct vfio_group {
                        \tstruct device \t\t\tdev;
                        \tstruct mutex\t\t\tgroup_lock;
                        \tstruct file\t\t\t*kvm;
                        \tstruct file\t\t\t*opened_file;
                        };
                        """));
    }

    @Test
    void fieldTypeChangeWithSingleSpaceAndComment() {
        rewriteRun(new ChangeFieldType("struct vfio_device_file", "kvm", "struct file *"),
                c("vfio.h", """
                        struct vfio_device_file {
                        \tspinlock_t kvm_ref_lock; /* protect kvm field */
                        \tstruct kvm *kvm;
                        \tstruct iommufd_ctx *iommufd; /* protected by struct vfio_device_set::lock */
                        };
                        """, """
                        struct vfio_device_file {
                        \tspinlock_t kvm_ref_lock; /* protect kvm field */
                        \tstruct file *kvm;
                        \tstruct iommufd_ctx *iommufd; /* protected by struct vfio_device_set::lock */
                        };
                        """));
    }

    /** A file with CR LF line ends gets CR LF on the lines respin inserts (they had LF: mixed line ends). */
    @Test
    void addFieldInACrlfFileKeepsCrlf() {
        rewriteRun(new AddField("struct kvm_device", "ops", "struct file *", "kvm_file"),
                c("kvm_host.h", "struct kvm_device {\r\n\tconst struct kvm_device_ops *ops;\r\n"
                        + "\tstruct kvm *kvm;\r\n};\r\n",
                        "struct kvm_device {\r\n\tconst struct kvm_device_ops *ops;\r\n\tstruct file *kvm_file;\r\n"
                        + "\tstruct kvm *kvm;\r\n};\r\n"));
    }

    @Test
    void addFieldAfterNamedMember() {
        rewriteRun(new AddField("struct kvm_device", "ops", "struct file *", "kvm_file"),
                c("kvm_host.h", """
                        struct kvm_device {
                        \tconst struct kvm_device_ops *ops;
                        \tstruct kvm *kvm;
                        \tvoid *private;
                        };
                        """, """
                        struct kvm_device {
                        \tconst struct kvm_device_ops *ops;
                        \tstruct file *kvm_file;
                        \tstruct kvm *kvm;
                        \tvoid *private;
                        };
                        """));
    }

    @Test
    void addFieldAlignsLikeItsNeighbour() {
        rewriteRun(new AddField("struct foo", "a", "struct file *", "f"),
                c("""
                        struct foo {
                        \tint\t\t\ta;
                        \tstruct kvm\t\t*kvm;
                        };
                        """, """
                        struct foo {
                        \tint\t\t\ta;
                        \tstruct file\t\t*f;
                        \tstruct kvm\t\t*kvm;
                        };
                        """));
    }

    @Test
    void removeFieldTakesItsLine() {
        rewriteRun(new RemoveField("struct vfio_device", "put_kvm"),
                c("""
                        struct vfio_device {
                        \tstruct iommufd_access *iommufd_access;
                        \tvoid (*put_kvm)(struct kvm *kvm);
                        \tstruct inode *inode;
                        };
                        """, """
                        struct vfio_device {
                        \tstruct iommufd_access *iommufd_access;
                        \tstruct inode *inode;
                        };
                        """));
    }

    /** The kernel-doc's @put_kvm: line goes too, with its continuation line; the other tags stay. */
    @Test
    void removeFieldTakesItsKernelDocLine() {
        rewriteRun(new RemoveField("struct vfio_device", "put_kvm"),
                c("""
                        /**
                         * struct vfio_device - a device
                         * @inode: the inode
                         * @put_kvm: drops the reference to the VM taken when
                         *	the device was opened
                         * @ops: its operations
                         *
                         * More words.
                         */
                        struct vfio_device {
                        	struct inode *inode;
                        	void (*put_kvm)(struct kvm *kvm);
                        	const struct vfio_device_ops *ops;
                        };
                        """, """
                        /**
                         * struct vfio_device - a device
                         * @inode: the inode
                         * @ops: its operations
                         *
                         * More words.
                         */
                        struct vfio_device {
                        	struct inode *inode;
                        	const struct vfio_device_ops *ops;
                        };
                        """));
    }

    @Test
    void opaqueMemberUseInAFileWhoseCodeNeverNamesTheStructIsNoLeftover() {
        String header = """
                struct file;
                struct kvm;
                struct vfio_group {
                \tstruct kvm *kvm;
                };
                """;
        String other = """
                /* not a struct vfio_group: see vfio_group.c */
                int dev_has_kvm(dev)
                struct other_dev *dev;
                {
                \treturn dev->kvm != NULL;
                }
                """;
        var plan = rewriteRun(new ChangeFieldType("struct vfio_group", "kvm", "struct file *"),
                c("vfio.h", header, header.replace("struct kvm *kvm;", "struct file *kvm;")),
                c("other.c", other, other));
        assertEquals(List.of(), plan.leftovers().stream().map(Object::toString).toList());
    }

    @Test
    void retypedMemberInLinesTheModelCouldNotPlaceIsLeftForAHuman() {
        String header = """
                struct file;
                struct kvm;
                struct vfio_group {
                \tstruct kvm *kvm;
                \tint kvm_count;
                };
                """;
        String oldStyle = """
                int group_has_kvm(group)
                struct vfio_group *group;
                {
                \tif (group->kvm) {
                \t\treturn 1;
                \t}
                \treturn group->kvm_count;
                }
                """;
        var plan = rewriteRun(new ChangeFieldType("struct vfio_group", "kvm", "struct file *"),
                c("vfio.h", header, header.replace("struct kvm *kvm;", "struct file *kvm;")),
                c("old.c", oldStyle, oldStyle));
        assertEquals(List.of("old.c:4:13: member kvm of vfio_group may be used in code respin could not model "
                + "(function head not understood, the region from line 4); look at it by hand"),
                plan.leftovers().stream().map(Object::toString).toList());
    }

    private static final String DEVICE = """
            struct kvm_device {
            \tconst struct kvm_device_ops *ops;
            \tstruct kvm *kvm;
            };
            """;

    @Test
    void addFieldToAMissingStructIsAnErrorNamingTheClosest() {
        assertEquals("Add struct file *kvm_file to struct no_such_struct: no struct no_such_struct in the tree "
                + "(closest: kvm_device)", noTargetRun(new AddField("struct no_such_struct", "ops", "struct file *",
                        "kvm_file"), c("kvm_host.h", DEVICE, DEVICE)));
    }

    @Test
    void addFieldAfterAMissingMemberIsAnError() {
        assertEquals("Add struct file *kvm_file to struct kvm_device: struct kvm_device has no member opz to add "
                + "kvm_file after (closest: ops)", noTargetRun(new AddField("struct kvm_device", "opz",
                        "struct file *", "kvm_file"), c("kvm_host.h", DEVICE, DEVICE)));
    }

    @Test
    void removeMissingFieldIsAnError() {
        assertEquals("Remove struct kvm_device.put_kvm: struct kvm_device has no member put_kvm (closest: kvm)",
                noTargetRun(new RemoveField("struct kvm_device", "put_kvm"), c("kvm_host.h", DEVICE, DEVICE)));
    }

    @Test
    void changeTypeOfAMissingFieldIsAnError() {
        assertEquals("Change the type of struct vfio_device_file.kvm to struct file *: no struct vfio_device_file in "
                + "the tree (closest: kvm_device)", noTargetRun(new ChangeFieldType("struct vfio_device_file", "kvm",
                        "struct file *"), c("kvm_host.h", DEVICE, DEVICE)));
    }
}

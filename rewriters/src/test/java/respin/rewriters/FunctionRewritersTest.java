package respin.rewriters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.noTargetRun;
import static respin.rewriters.RewriteTest.rewriteRun;

import org.junit.jupiter.api.Test;

class FunctionRewritersTest {

    @Test
    void addParameterPassesTheCallersOwnFile() {
        rewriteRun(new AddParameter("kvm_ioctl_create_device", 0, "struct file *", "file"),
                c("""
                        static int kvm_ioctl_create_device(struct kvm *kvm,
                        \t\t\t\t   struct kvm_create_device *cd)
                        {
                        \treturn 0;
                        }

                        static long kvm_vm_ioctl(struct file *filp,
                        \t\t\t unsigned int ioctl, unsigned long arg)
                        {
                        \tstruct kvm *kvm = filp->private_data;

                        \treturn kvm_ioctl_create_device(kvm, &cd);
                        }
                        """, """
                        static int kvm_ioctl_create_device(struct file *file, struct kvm *kvm,
                        \t\t\t\t   struct kvm_create_device *cd)
                        {
                        \treturn 0;
                        }

                        static long kvm_vm_ioctl(struct file *filp,
                        \t\t\t unsigned int ioctl, unsigned long arg)
                        {
                        \tstruct kvm *kvm = filp->private_data;

                        \treturn kvm_ioctl_create_device(filp, kvm, &cd);
                        }
                        """));
    }

    @Test
    void insertStatementAfterAnchor() {
        rewriteRun(new InsertStatement("create", "dev->kvm = kvm;", "dev->kvm_file = file;"),
                c("""
                        static int create(struct file *file, struct kvm *kvm)
                        {
                        \tif (dev) {
                        \t\tdev->ops = ops;
                        \t\tdev->kvm = kvm;
                        \t}
                        \treturn 0;
                        }
                        """, """
                        static int create(struct file *file, struct kvm *kvm)
                        {
                        \tif (dev) {
                        \t\tdev->ops = ops;
                        \t\tdev->kvm = kvm;
                        \t\tdev->kvm_file = file;
                        \t}
                        \treturn 0;
                        }
                        """));
    }

    @Test
    void addHelperAfterExportAndPrototypeAfterPrototype() {
        rewriteRun(new AddHelper("file_is_kvm", """
                struct kvm *file_to_kvm(struct file *file)
                {
                \treturn file->private_data;
                }
                """),
                c("kvm_host.h", """
                        void kvm_put_kvm(struct kvm *kvm);
                        bool file_is_kvm(struct file *file);
                        void kvm_put_kvm_no_destroy(struct kvm *kvm);
                        """, """
                        void kvm_put_kvm(struct kvm *kvm);
                        bool file_is_kvm(struct file *file);
                        struct kvm *file_to_kvm(struct file *file);
                        void kvm_put_kvm_no_destroy(struct kvm *kvm);
                        """),
                c("kvm_main.c", """
                        bool file_is_kvm(struct file *file)
                        {
                        \treturn file && file->f_op == &kvm_vm_fops;
                        }
                        EXPORT_SYMBOL_GPL(file_is_kvm);

                        static int kvm_dev_ioctl_create_vm(unsigned long type)
                        {
                        \treturn 0;
                        }
                        """, """
                        bool file_is_kvm(struct file *file)
                        {
                        \treturn file && file->f_op == &kvm_vm_fops;
                        }
                        EXPORT_SYMBOL_GPL(file_is_kvm);

                        struct kvm *file_to_kvm(struct file *file)
                        {
                        \treturn file->private_data;
                        }
                        EXPORT_SYMBOL_GPL(file_to_kvm);

                        static int kvm_dev_ioctl_create_vm(unsigned long type)
                        {
                        \treturn 0;
                        }
                        """));
    }

    @Test
    void replaceBody() {
        rewriteRun(new ReplaceBody("put", "{\n\tfput(device->kvm);\n}"),
                c("""
                        void put(struct vfio_device *device)
                        {
                        \tdevice->put_kvm(device->kvm);
                        \tsymbol_put(kvm_put_kvm);
                        }
                        """, """
                        void put(struct vfio_device *device)
                        {
                        \tfput(device->kvm);
                        }
                        """));
    }

    @Test
    void addHelperGivesTheAnchorsStubAStubToo() {
        rewriteRun(new AddHelper("file_is_widget", """
                        struct widget *widget_from_file(struct file *file)
                        {
                        \treturn file->private_data;
                        }
                        """),
                c("widget.h", """
                        #ifdef CONFIG_WIDGET
                        bool file_is_widget(struct file *file);
                        #else
                        static inline bool file_is_widget(struct file *file)
                        {
                        \treturn false;
                        }
                        #endif
                        """, """
                        #ifdef CONFIG_WIDGET
                        bool file_is_widget(struct file *file);
                        struct widget *widget_from_file(struct file *file);
                        #else
                        static inline bool file_is_widget(struct file *file)
                        {
                        \treturn false;
                        }

                        static inline struct widget *widget_from_file(struct file *file)
                        {
                        \treturn NULL;
                        }
                        #endif
                        """),
                c("core.c", """
                        bool file_is_widget(struct file *file)
                        {
                        \treturn file->f_op == &widget_fops;
                        }
                        """, """
                        bool file_is_widget(struct file *file)
                        {
                        \treturn file->f_op == &widget_fops;
                        }

                        struct widget *widget_from_file(struct file *file)
                        {
                        \treturn file->private_data;
                        }
                        """));
    }

    @Test
    void renamedParameterGetsTheConversionLocalOnlyWhereTheBodyStillUsesIt() {
        rewriteRun(new ChangeParamType("widget_detach", "w", "struct file *", "file",
                "struct widget *w = widget_from_file(file);", java.util.Map.of("widget_put", "fput"), null),
                c("""
                        void widget_detach(struct widget *w, struct widget_client *client)
                        {
                        \tlist_del(&client->node);
                        \twidget_put(w);
                        }
                        """, """
                        void widget_detach(struct file *file, struct widget_client *client)
                        {
                        \tlist_del(&client->node);
                        \tfput(file);
                        }
                        """),
                c("widget.h", """
                        static inline void widget_detach(struct widget *w, struct widget_client *client)
                        {
                        }

                        void widget_lock_detach(struct widget *w, struct widget_client *client)
                        {
                        \tmutex_lock(&w->lock);
                        \twidget_detach(w, client);
                        }
                        """, """
                        static inline void widget_detach(struct file *file, struct widget_client *client)
                        {
                        }

                        void widget_lock_detach(struct widget *w, struct widget_client *client)
                        {
                        \tmutex_lock(&w->lock);
                        \twidget_detach(w, client);
                        }
                        """));
    }

    private static final String CREATE = """
            static int kvm_ioctl_create_device(struct kvm *kvm, struct kvm_create_device *cd)
            {
            \tdev->kvm = kvm;
            \treturn 0;
            }
            """;

    @Test
    void replaceBodyOfAMissingFunctionIsAnError() {
        assertEquals("Rewrite the body of vfio_device_get_kvm_safe(): no definition of vfio_device_get_kvm_safe() "
                + "in the tree (closest: kvm_ioctl_create_device)", noTargetRun(new ReplaceBody(
                        "vfio_device_get_kvm_safe", "{\n}"), c(CREATE)));
    }

    @Test
    void insertStatementInAMissingFunctionIsAnError() {
        assertEquals("Add 'dev->kvm_file = file;' to kvm_create_device(): no definition of kvm_create_device() in "
                + "the tree (closest: kvm_ioctl_create_device)", noTargetRun(new InsertStatement("kvm_create_device",
                        "dev->kvm = kvm;", "dev->kvm_file = file;"), c(CREATE)));
    }

    @Test
    void insertStatementAfterAMissingStatementIsAnError() {
        assertEquals("Add 'dev->kvm_file = file;' to kvm_ioctl_create_device(): kvm_ioctl_create_device() has no "
                + "statement 'dev->kvm = NULL;'", noTargetRun(new InsertStatement("kvm_ioctl_create_device",
                        "dev->kvm = NULL;", "dev->kvm_file = file;"), c(CREATE)));
    }

    @Test
    void addParameterToAMissingFunctionIsAnError() {
        assertEquals("Add parameter struct file *file to kvm_create_device(): no function kvm_create_device() in "
                + "the tree (closest: kvm_ioctl_create_device)", noTargetRun(new AddParameter("kvm_create_device", 0,
                        "struct file *", "file"), c(CREATE)));
    }

    @Test
    void addHelperAfterAMissingFunctionIsAnError() {
        assertEquals("Add file_to_kvm() after file_is_kvm(): no definition of file_is_kvm() to add file_to_kvm() "
                + "after (closest: kvm_ioctl_create_device)", noTargetRun(new AddHelper("file_is_kvm",
                        "struct kvm *file_to_kvm(struct file *file)\n{\n\treturn file->private_data;\n}\n"),
                        c(CREATE)));
    }

    @Test
    void addDeclarationsAfterAMissingPrototypeIsAnError() {
        assertEquals("Add declarations after the prototype of file_is_kvm(): no prototype of file_is_kvm() in a header to add "
                + "declarations after (closest: kvm_ioctl_create_device)", noTargetRun(new AddDeclarations(
                        "file_is_kvm", "struct kvm_file;\n"), c(CREATE)));
    }

    @Test
    void addIncludeToAFileNotReadIsAnError() {
        assertEquals("Include <linux/file.h> in include/linux/kvm_host.h: no file include/linux/kvm_host.h among "
                + "the files read: name an identifier it declares ('mentions') so that it is read",
                noTargetRun(new AddInclude("include/linux/kvm_host.h", "linux/file.h", null), c(CREATE)));
    }
}

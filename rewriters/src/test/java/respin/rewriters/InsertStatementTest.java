package respin.rewriters;

import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.rewriteRun;

import org.junit.jupiter.api.Test;

/** The anchor is a statement node of the body, compared by its tokens: spacing and comments do not matter. */
class InsertStatementTest {

    @Test
    void anchorMatchesByTokensInsideAnIteratorAndAnIfdef() {
        rewriteRun(new InsertStatement("kvm_vfio_attach", "dev->kvm = kvm;", "dev->kvm_file = file;"),
                c("""
                        /**
                         * kvm_vfio_attach - attach every device
                         * @kv: the vfio device
                         */
                        static int kvm_vfio_attach(struct kvm_vfio *kv, struct kvm *kvm)
                        {
                        \tstruct kvm_vfio_file *kvf;

                        \tlist_for_each_entry(kvf, &kv->file_list, node) {
                        #ifdef CONFIG_KVM_VFIO
                        \t\tdev->kvm=kvm;\t/* hold it */
                        #endif
                        \t\tdev->ops = &kvm_vfio_ops;
                        \t}
                        \treturn 0;
                        }
                        """, """
                        /**
                         * kvm_vfio_attach - attach every device
                         * @kv: the vfio device
                         */
                        static int kvm_vfio_attach(struct kvm_vfio *kv, struct kvm *kvm)
                        {
                        \tstruct kvm_vfio_file *kvf;

                        \tlist_for_each_entry(kvf, &kv->file_list, node) {
                        #ifdef CONFIG_KVM_VFIO
                        \t\tdev->kvm=kvm;\t/* hold it */
                        \t\tdev->kvm_file = file;
                        #endif
                        \t\tdev->ops = &kvm_vfio_ops;
                        \t}
                        \treturn 0;
                        }
                        """));
    }

    @Test
    void theSameTokensInAnotherFunctionOrPartOfAStatementAreNoAnchor() {
        String unchanged = """
                static int other(struct kvm *kvm)
                {
                \tdev->kvm = kvm;
                \treturn 0;
                }

                static int create(struct kvm *kvm)
                {
                \tif (dev->kvm == kvm)
                \t\treturn 0;
                \tdev->kvm = kvm;
                \treturn 1;
                }
                """;
        rewriteRun(new InsertStatement("create", "dev->kvm = kvm;", "kvm_get_kvm(kvm);"), c(unchanged,
                unchanged.replace("\tdev->kvm = kvm;\n\treturn 1;",
                        "\tdev->kvm = kvm;\n\tkvm_get_kvm(kvm);\n\treturn 1;")));
    }
}

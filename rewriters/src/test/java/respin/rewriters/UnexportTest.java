package respin.rewriters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.noTargetRun;
import static respin.rewriters.RewriteTest.rewriteRun;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.plan.Leftover;
import respin.core.plan.Plan;

class UnexportTest {
    private static final String KVM_MAIN = """
            void kvm_get_kvm(struct kvm *kvm)
            {
            \trefcount_inc(&kvm->users_count);
            }
            EXPORT_SYMBOL_GPL(kvm_get_kvm);

            void kvm_put_kvm_no_destroy(struct kvm *kvm)
            {
            \tWARN_ON(refcount_dec_and_test(&kvm->users_count));
            }
            EXPORT_SYMBOL_GPL(kvm_put_kvm_no_destroy);
            """;

    private static final String VFIO = """
            /* kvm_put_kvm_no_destroy() is not for us */
            static void vfio_hold(struct kvm *kvm)
            {
            \tkvm_get_kvm(kvm);
            }
            """;

    private static final String X86 = """
            static void vmx_hold(struct kvm *kvm)
            {
            \tkvm_put_kvm_no_destroy(kvm);
            }
            """;

    @Test
    void exportWithNoUserButItsOwnFileIsRemoved() {
        rewriteRun(new Unexport("kvm_put_kvm_no_destroy", List.of("virt/kvm", "arch/*/kvm"), null),
                c("virt/kvm/kvm_main.c", KVM_MAIN, KVM_MAIN.replace("EXPORT_SYMBOL_GPL(kvm_put_kvm_no_destroy);\n", "")),
                c("drivers/vfio/vfio_main.c", VFIO, VFIO));
    }

    @Test
    void withoutAnInternalMacroAUserElsewhereInTheSubsystemKeepsTheExport() {
        Plan plan = rewriteRun(new Unexport("kvm_put_kvm_no_destroy", List.of("virt/kvm", "arch/*/kvm"), null),
                c("virt/kvm/kvm_main.c", KVM_MAIN, KVM_MAIN),
                c("arch/x86/kvm/vmx/vmx.c", X86, X86));
        assertEquals(List.of("arch/x86/kvm/vmx/vmx.c:3:2: kvm_put_kvm_no_destroy() is used here, maybe from another "
                + "module of the subsystem, and the tree has no internal export macro: its export stays"),
                plan.leftovers().stream().map(Leftover::toString).toList());
    }

    @Test
    void exportBecomesTheInternalMacroWhenTheTreeHasOne() {
        String header = "#define EXPORT_SYMBOL_FOR_KVM_INTERNAL(sym) EXPORT_SYMBOL_GPL_FOR_MODULES(sym, \"kvm-*\")\n";
        rewriteRun(new Unexport("kvm_put_kvm_no_destroy", List.of("virt/kvm", "arch/*/kvm"),
                "EXPORT_SYMBOL_FOR_KVM_INTERNAL"),
                c("virt/kvm/kvm_main.c", KVM_MAIN, KVM_MAIN.replace("EXPORT_SYMBOL_GPL(kvm_put_kvm_no_destroy)",
                        "EXPORT_SYMBOL_FOR_KVM_INTERNAL(kvm_put_kvm_no_destroy)")),
                c("include/linux/kvm_types.h", header, header),
                c("arch/x86/kvm/vmx/vmx.c", X86, X86));
    }

    @Test
    void exportsAreFileLevelMacroNodesAndTheMacroADefineDirective() {
        String header = """
                /* #define EXPORT_SYMBOL_FOR_KVM_INTERNAL(sym) in a comment defines nothing */
                #ifdef CONFIG_KVM
                # define EXPORT_SYMBOL_FOR_KVM_INTERNAL(sym) \\
                \tEXPORT_SYMBOL_GPL_FOR_MODULES(sym, "kvm-*")
                #endif
                """;
        String main = """
                void kvm_put_kvm_no_destroy(struct kvm *kvm)
                {
                \tWARN_ON(refcount_dec_and_test(&kvm->users_count));
                }
                #ifdef CONFIG_KVM_COMPAT
                EXPORT_SYMBOL(kvm_put_kvm_no_destroy);
                #else
                EXPORT_SYMBOL_GPL( kvm_put_kvm_no_destroy );
                #endif
                /* EXPORT_SYMBOL_GPL(kvm_put_kvm_no_destroy); was here */
                """;
        rewriteRun(new Unexport("kvm_put_kvm_no_destroy", List.of("virt/kvm", "arch/*/kvm"),
                "EXPORT_SYMBOL_FOR_KVM_INTERNAL"),
                c("virt/kvm/kvm_main.c", main, main.replace("EXPORT_SYMBOL(kvm_put_kvm_no_destroy)",
                        "EXPORT_SYMBOL_FOR_KVM_INTERNAL(kvm_put_kvm_no_destroy)").replace(
                        "EXPORT_SYMBOL_GPL( kvm_put_kvm_no_destroy );",
                        "EXPORT_SYMBOL_FOR_KVM_INTERNAL( kvm_put_kvm_no_destroy );")),
                c("include/linux/kvm_types.h", header, header),
                c("arch/x86/kvm/vmx/vmx.c", X86, X86));
        String commentOnly = header.lines().findFirst().orElseThrow() + "\n";
        Plan plan = rewriteRun(new Unexport("kvm_put_kvm_no_destroy", List.of("virt/kvm", "arch/*/kvm"),
                "EXPORT_SYMBOL_FOR_KVM_INTERNAL"),
                c("virt/kvm/kvm_main.c", main, main),
                c("include/linux/kvm_types.h", commentOnly, commentOnly),
                c("arch/x86/kvm/vmx/vmx.c", X86, X86));
        assertEquals(List.of("arch/x86/kvm/vmx/vmx.c:3:2: kvm_put_kvm_no_destroy() is used here, maybe from "
                + "another module of the subsystem, and the tree has no EXPORT_SYMBOL_FOR_KVM_INTERNAL: its export "
                + "stays"), plan.leftovers().stream().map(Leftover::toString).toList());
    }

    @Test
    void exportWithAUserOutsideStaysAndTheUserIsNamed() {
        Plan plan = rewriteRun(new Unexport("kvm_get_kvm", List.of("virt/kvm"), null),
                c("virt/kvm/kvm_main.c", KVM_MAIN, KVM_MAIN),
                c("drivers/vfio/vfio_main.c", VFIO, VFIO));
        assertEquals(List.of("drivers/vfio/vfio_main.c:4:2: kvm_get_kvm() is used here, outside virt/kvm: its "
                + "export stays"), plan.leftovers().stream().map(Leftover::toString).toList());
    }

    @Test
    void unexportingASymbolTheTreeDoesNotHaveIsAnError() {
        assertEquals("Stop exporting kvm_get_kvm_safe() outside virt/kvm: no kvm_get_kvm_safe in the tree "
                + "(closest: kvm_get_kvm)", noTargetRun(new Unexport("kvm_get_kvm_safe", List.of("virt/kvm"), null),
                        c("virt/kvm/kvm_main.c", """
                                void kvm_get_kvm(struct kvm *kvm)
                                {
                                }
                                EXPORT_SYMBOL_GPL(kvm_get_kvm);
                                """, """
                                void kvm_get_kvm(struct kvm *kvm)
                                {
                                }
                                EXPORT_SYMBOL_GPL(kvm_get_kvm);
                                """)));
    }
}

package respin.rewriters;

import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.rewriteRun;

import org.junit.jupiter.api.Test;

/**
 * A local function pointer follows the function when an assignment or an initializer node
 * stores it ({@code f}, {@code &f}, {@code symbol_get(f)}); a comparison, a member store or
 * another function's name is no such node.
 */
class FunctionPointerLocalsTest {

    @Test
    void initializerAndAddressOfAreStoresButAComparisonIsNot() {
        String before = """
                void vfio_file_set_kvm(struct file *file, struct kvm *kvm);

                static void hold(struct file *file, struct kvm *kvm)
                {
                \tvoid (*fn)(struct file *file, struct kvm *kvm) = &vfio_file_set_kvm;

                \tfn(file, kvm);
                }

                static void compare(struct file *file, struct kvm *kvm)
                {
                \tvoid (*cmp)(struct file *, struct kvm *);

                #ifdef CONFIG_VFIO
                \tif (cmp == vfio_file_set_kvm)
                \t\treturn;
                \tops->cmp = vfio_file_set_kvm;
                \tcmp = symbol_get(vfio_file_set_kvm_other);
                #endif
                }
                """;
        rewriteRun(new ChangeParamType("vfio_file_set_kvm", "kvm", "struct file *"), c(before, before
                .replace("set_kvm(struct file *file, struct kvm *kvm);", "set_kvm(struct file *file, struct file *kvm);")
                .replace("(*fn)(struct file *file, struct kvm *kvm)",
                        "(*fn)(struct file *file, struct file *kvm)")));
    }
}

package respin.rewriters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static respin.rewriters.RewriteTest.c;
import static respin.rewriters.RewriteTest.rewriteRun;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A struct a header's prototypes start to use is declared next to the old one's declaration
 * node ({@code struct kvm;} alone on its line), keeping a sorted run sorted, in the header
 * or in a header it includes.
 */
class ForwardDeclarationTest {

    @Test
    void newStructGoesIntoTheSortedRunAfterTheOldOne() {
        String before = """
                #ifndef __LINUX_VFIO_H
                #define __LINUX_VFIO_H

                struct kvm;	/* forward */
                struct kvm_device;
                struct kvm_irq;
                struct iommufd_ctx;

                /* struct kvm_file is named in this comment only */
                void vfio_file_set_kvm(struct file *file, struct kvm *kvm);

                #endif /* __LINUX_VFIO_H */
                """;
        String after = before.replace("struct kvm_device;\n", "struct kvm_device;\nstruct kvm_file;\n")
                .replace("file, struct kvm *kvm);", "file, struct kvm_file *kvm);");
        rewriteRun(new ChangeParamType("vfio_file_set_kvm", "kvm", "struct kvm_file *"), c("include/linux/vfio.h",
                before, after));
    }

    @Test
    void withoutTheOldOneHereItGoesIntoTheIncludedHeader() {
        String types = """
                /* SPDX-License-Identifier: GPL-2.0-only */
                #ifndef __KVM_TYPES_H__
                #define __KVM_TYPES_H__

                struct kvm;
                struct kvm_async_pf;

                #endif
                """;
        String vfio = """
                #include <linux/kvm_types.h>
                #include "vfio_local.h"

                void vfio_file_set_kvm(struct file *file,
                \t\t       struct kvm *kvm);
                """;
        rewriteRun(new ChangeParamType("vfio_file_set_kvm", "kvm", "struct kvm_file *"),
                c("include/linux/kvm_types.h", types, types.replace("struct kvm_async_pf;\n",
                        "struct kvm_async_pf;\nstruct kvm_file;\n")),
                c("include/linux/vfio.h", vfio, vfio.replace("struct kvm *kvm", "struct kvm_file *kvm")));
    }

    @Test
    void onlyAPointerToATaggedTypeHasATag() {
        assertEquals(List.of("struct", "kvm"), ForwardDeclaration.tag("struct kvm *"));
        assertEquals(List.of("union", "bpf_attr"), ForwardDeclaration.tag("union bpf_attr *"));
        assertNull(ForwardDeclaration.tag("const struct kvm *"));
        assertNull(ForwardDeclaration.tag("struct kvm"));
        assertNull(ForwardDeclaration.tag("int *"));
    }
}

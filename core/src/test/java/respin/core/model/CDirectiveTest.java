package respin.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.parse.CSourceParser;

class CDirectiveTest {

    @Test
    void defineUndefAndIfdefNameTheirMacro() {
        String src = """
                #define EXPORT_SYMBOL_FOR_KVM_INTERNAL(sym) EXPORT_SYMBOL_GPL(sym)
                # define  KVM_MAX_VCPUS\t4096
                #ifdef CONFIG_KVM_VFIO
                #undef KVM_MAX_VCPUS
                #endif
                #ifndef __KVM_HOST_H
                #include <linux/kvm_types.h>
                #if defined(CONFIG_X86)
                #endif
                #define \\
                	KVM_SPLIT 1
                """;
        List<CDirective> ds = CSourceParser.parse("t.h", src).directives();
        assertEquals(List.of("define", "define", "ifdef", "undef", "endif", "ifndef", "include", "if", "endif",
                "define"), ds.stream().map(CDirective::keyword).toList());
        assertEquals("EXPORT_SYMBOL_FOR_KVM_INTERNAL", ds.get(0).macroName());
        assertEquals("KVM_MAX_VCPUS", ds.get(1).macroName());
        assertEquals("CONFIG_KVM_VFIO", ds.get(2).macroName());
        assertEquals("KVM_MAX_VCPUS", ds.get(3).macroName());
        assertNull(ds.get(4).macroName());
        assertEquals("__KVM_HOST_H", ds.get(5).macroName());
        assertNull(ds.get(6).macroName());
        assertNull(ds.get(7).macroName());
        assertNull(ds.get(9).macroName(), "a name on the continuation line is not read");
    }
}

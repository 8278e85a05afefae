package respin.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;

class TypeResolverTest {
    private static final String SRC = """
            struct kvm;
            struct kvm_vcpu {
            \tint vcpu_id;
            \tstruct kvm *kvm;
            };
            struct vcpu_vmx {
            \tstruct kvm_vcpu vcpu;
            };
            struct sie_page2 {
            \tstruct kvm *kvm;
            \tint gisa;
            };
            struct vcpu_vmx *to_vmx(struct kvm_vcpu *vcpu);
            struct kvm_vcpu *global_vcpu;

            int f(struct kvm_vcpu *vcpu, int *gisa, void *opaque)
            {
            \tstruct vcpu_vmx *vmx = to_vmx(vcpu);

            \treturn 0;
            }
            """;

    private static Optional<String> type(String expr) {
        CTranslationUnit u = CSourceParser.parse("t.c", SRC);
        TypeResolver types = new TypeResolver(new SymbolIndex(List.of(u)));
        return types.typeOf(u, SRC.indexOf("return 0"), expr);
    }

    @Test
    void namesChainsAndAddresses() {
        assertEquals(Optional.of("struct kvm_vcpu *"), type("vcpu"));
        assertEquals(Optional.of("struct vcpu_vmx *"), type("vmx"));
        assertEquals(Optional.of("struct kvm *"), type("vmx->vcpu.kvm"));
        assertEquals(Optional.of("struct kvm_vcpu *"), type("&vmx->vcpu"));
        assertEquals(Optional.of("struct kvm_vcpu *"), type("global_vcpu"));
        assertEquals(Optional.of("NULL"), type("(NULL)"));
    }

    @Test
    void callsCastsAndContainerOf() {
        assertEquals(Optional.of("struct vcpu_vmx *"), type("to_vmx(vcpu)"));
        assertEquals(Optional.of("struct kvm *"), type("to_vmx(vcpu)->vcpu.kvm"));
        assertEquals(Optional.of("struct sie_page2 *"), type("(struct sie_page2 *)opaque"));
        assertEquals(Optional.of("struct kvm *"), type("container_of(gisa, struct sie_page2, gisa)->kvm"));
    }

    @Test
    void theUnknownStaysUnknown() {
        assertEquals(Optional.empty(), type("mystery"));
        assertEquals(Optional.empty(), type("vcpu->no_such_member"));
        assertEquals(Optional.empty(), type("unknown_fn(vcpu)->kvm"));
        assertEquals(Optional.empty(), type("container_of(gisa, int, gisa)"));
    }
}

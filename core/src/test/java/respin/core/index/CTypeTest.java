package respin.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CTypeTest {

    @Test
    void typesAreNormalisedSoTheyCompareAsText() {
        assertEquals("struct kvm *", CType.normalise("const struct kvm*"));
        assertEquals("struct kvm **", CType.normalise("struct  kvm * __rcu *"));
        assertEquals("unsigned long", CType.normalise("static\tunsigned long"));
        assertTrue(CType.of("struct kvm * const").is("struct kvm *"));
    }

    @Test
    void theNameInATag() {
        assertEquals("kvm_device", CType.tagName("struct kvm_device"));
        assertEquals("vfio_iommu_type1_info", CType.tagName("union vfio_iommu_type1_info"));
        assertEquals("kvm", CType.tagName("kvm"));
    }

    @Test
    void tagsAddressesAndPointees() {
        assertEquals("struct kvm", CType.tag("const struct kvm **"));
        assertEquals("union kvm_mmu_page_role", CType.of("union kvm_mmu_page_role").tag());
        assertNull(CType.of("int *").tag());
        assertEquals("struct kvm **", CType.of("struct kvm *").address().name());
        assertEquals("struct kvm", CType.of("struct kvm *").pointee().name());
        assertEquals("unknown (int is not a pointer)", CType.of("int").pointee().toString());
    }

    @Test
    void unknownStaysUnknownWithItsReason() {
        CType u = CType.unknown("no declaration of x in scope");
        assertFalse(u.known());
        assertFalse(u.is("struct kvm *"));
        assertNull(u.tag());
        assertEquals(u, u.address());
        assertEquals(u, u.pointee());
        assertEquals("unknown (no declaration of x in scope)", u.toString());
    }
}

package respin.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import respin.core.model.tree.CFunctionDefinition;

import org.junit.jupiter.api.Test;
import respin.core.parse.CSourceParser;

/** The spans of kernel-doc {@code @name:} lines, and of a definition's return type. */
class CDocTagTest {

    @Test
    void parameterLinesOfAFunctionsComment() {
        String src = """
                /**
                 * kvm_vfio_set_kvm() - attach a VM
                 * @vdev: the device
                 * @kvm:  the VM,
                 *        or NULL
                 *
                 * Return: 0
                 */
                static int kvm_vfio_set_kvm(struct vfio_device *vdev, struct kvm *kvm)
                {
                	return 0;
                }
                """;
        CTranslationUnit u = CSourceParser.parse("t.c", src);
        CFunction f = u.functions().get(0);
        assertEquals("[vdev t.c:3:4 '@vdev: the device', kvm t.c:4:4 '@kvm:  the VM,']",
                u.docTags(f).stream().map(t -> t.name() + " " + t.span() + " '" + u.text(t.span()) + "'").toList()
                        .toString());
        CFunctionDefinition def = u.syntax().find(CFunctionDefinition.class).get(0);
        assertEquals("t.c:9:1 'static int'", def.returnType().span() + " '" + u.text(def.returnType().span()) + "'");
    }
}

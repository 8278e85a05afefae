package respin.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import respin.core.parse.CSourceParser;

class CalledThroughTest {

    @Test
    void fileScopeObjectsCalledThroughThatNoIndexedFileDeclares() {
        String src = """
                static const struct file_operations fops;

                static int open(struct kvm_device *dev, const struct kvm_device_ops *ops)
                {
                \tstruct vfio_device *vdev = dev->private;

                \tif (zpci_kvm_hook.kvm_register)
                \t\treturn zpci_kvm_hook.kvm_register(dev, vdev->kvm);
                \tops->create(dev, 0);
                \tvdev->ops->open_device(vdev);
                \tfops.release(NULL, NULL);
                \treturn kvm_x86_ops->hardware_enable();
                }
                """;
        SymbolIndex index = new SymbolIndex(List.of(CSourceParser.parse("drivers/vfio/pci/x.c", src)));
        assertEquals(Set.of("zpci_kvm_hook", "kvm_x86_ops"), CalledThrough.undeclared(index));
    }
}

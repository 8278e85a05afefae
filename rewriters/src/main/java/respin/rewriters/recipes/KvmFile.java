package respin.rewriters.recipes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import respin.core.plan.Recipe;
import respin.core.plan.RecipeStep;
import respin.core.plan.Rewriter;
import respin.rewriters.AddField;
import respin.rewriters.AddHelper;
import respin.rewriters.AddParameter;
import respin.rewriters.ChangeFieldType;
import respin.rewriters.ChangeParamType;
import respin.rewriters.ConvertAtUse;
import respin.rewriters.InsertStatement;
import respin.rewriters.RemoveField;
import respin.rewriters.ReplaceBody;

/**
 * The kvm-file recipe: VFIO and KVM's x86 page-tracking API hold the VM by its
 * {@code struct file} instead of {@code struct kvm}, with {@code get_file()},
 * {@code get_file_active()} and {@code fput()} instead of KVM's own reference count
 * (Sean Christopherson's sketch in the "VFIO: take reference to the KVM module"
 * thread, with the users the sketch left out).
 */
public final class KvmFile {
    static final String KVM = "struct kvm *";
    static final String FILE = "struct file *";

    private KvmFile() {
    }

    public static Recipe recipe() {
        return new Recipe("kvm-file",
                "VFIO and the x86 page-track API take the VM's struct file instead of struct kvm",
                "KVM, vfio: Hold the VM by its struct file instead of struct kvm",
                """
                VFIO and KVM's x86 external write-tracking API keep a struct kvm pointer
                and take references with kvm_get_kvm()/kvm_get_kvm_safe()/kvm_put_kvm(),
                which VFIO can only reach through symbol_get() so that it does not pin
                the KVM module.

                Hold the VM by its struct file instead: get_file(), get_file_active()
                and fput() manage the reference, file_to_kvm() gives the struct kvm back
                where one is needed, and struct kvm_device gets a kvm_file back pointer
                so that the KVM-VFIO device can hand the file to VFIO.

                Every user of the converted fields and functions in the tree is
                converted, including those that pass vfio_device.kvm on to a function
                that wants a struct kvm.""",
                List.of(helpers(), vfio(), pageTrack()),
                List.of(new ConvertAtUse(KVM, FILE, "file_to_kvm", Map.of("struct kvm_device.kvm", "kvm_file"))));
    }

    private static RecipeStep helpers() {
        return new RecipeStep("helpers", "KVM: Add file_to_kvm() and a struct file back pointer in struct kvm_device",
                """
                Code outside KVM that holds the VM by its struct file needs the struct kvm
                behind it: add file_to_kvm(), which checks the file with file_is_kvm().

                The KVM-VFIO device must pass the VM's file to VFIO, so record it in
                struct kvm_device when the device is created.""",
                List.of(new AddHelper("file_is_kvm", """
                        struct kvm *file_to_kvm(struct file *file)
                        {
                        \tif (!file_is_kvm(file))
                        \t\treturn NULL;

                        \treturn file->private_data;
                        }
                        """),
                        new AddField("struct kvm_device", "ops", FILE, "kvm_file"),
                        new AddParameter("kvm_ioctl_create_device", 0, FILE, "file"),
                        new InsertStatement("kvm_ioctl_create_device", "dev->kvm = kvm;", "dev->kvm_file = file;")));
    }

    private static RecipeStep vfio() {
        List<Rewriter> rw = new ArrayList<>();
        for (String tag : List.of("struct vfio_device", "struct vfio_device_file", "struct vfio_group")) {
            rw.add(new ChangeFieldType(tag, "kvm", FILE));
        }
        for (String fn : List.of("vfio_group_set_kvm", "vfio_device_get_kvm_safe", "vfio_device_file_set_kvm",
                "kvm_vfio_file_set_kvm")) {
            rw.add(new ChangeParamType(fn, "kvm", FILE));
        }
        rw.add(new ChangeParamType("vfio_file_set_kvm", "kvm", FILE, null, null, Map.of(), "KVM file to link"));
        rw.add(new RemoveField("struct vfio_device", "put_kvm"));
        rw.add(new ReplaceBody("vfio_device_get_kvm_safe", """
                {
                \tlockdep_assert_held(&device->dev_set->lock);

                \tif (!get_file_active(&kvm))
                \t\treturn;

                \tdevice->kvm = kvm;
                }"""));
        rw.add(new ReplaceBody("vfio_device_put_kvm", """
                {
                \tlockdep_assert_held(&device->dev_set->lock);

                \tif (!device->kvm)
                \t\treturn;

                \tfput(device->kvm);
                \tdevice->kvm = NULL;
                }"""));
        return new RecipeStep("vfio", "vfio: Hold a reference to the VM's struct file instead of struct kvm",
                """
                VFIO takes a reference to the VM with kvm_get_kvm_safe() and drops it with
                kvm_put_kvm(), both reached through symbol_get() so that VFIO does not
                depend on the KVM module.

                Hold the VM's struct file instead: get_file_active() and fput() need no
                symbol_get(), and the put_kvm callback in struct vfio_device goes away.
                Users that need the struct kvm get it with file_to_kvm().""", List.copyOf(rw));
    }

    private static RecipeStep pageTrack() {
        List<Rewriter> rw = new ArrayList<>();
        Map<String, String> refs = Map.of("kvm_get_kvm", "get_file", "kvm_put_kvm", "fput");
        for (String fn : List.of("kvm_page_track_register_notifier", "kvm_page_track_unregister_notifier",
                "kvm_write_track_add_gfn", "kvm_write_track_remove_gfn")) {
            rw.add(new ChangeParamType(fn, "kvm", FILE, "file", "struct kvm *kvm = file_to_kvm(file);", refs,
                    null));
        }
        return new RecipeStep("page-track", "KVM: x86: Take the VM's struct file in the external page-track API",
                """
                The external write-tracking API is used by KVMGT, which holds the VM
                through vfio_device.kvm. Take the VM's struct file instead of struct kvm,
                and hold the reference with get_file()/fput() instead of
                kvm_get_kvm()/kvm_put_kvm().""", List.copyOf(rw));
    }
}

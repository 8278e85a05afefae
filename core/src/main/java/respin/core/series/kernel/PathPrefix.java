package respin.core.series.kernel;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subject prefix from a file's path alone, for files whose history says nothing: the
 * kernel's usual names for the areas respin's recipes touch ({@code arch/x86/kvm/} is
 * {@code "KVM: x86: "}, {@code drivers/vfio/pci/} is {@code "vfio/pci: "},
 * {@code drivers/gpu/drm/i915/gvt/} is {@code "drm/i915/gvt: "}), else the directory.
 */
final class PathPrefix {
    private record Rule(Pattern path, String prefix) {
    }

    private static final List<Rule> RULES = List.of(
            rule("arch/([a-z0-9]+)/kvm/.*", "KVM: $1: "),
            rule("arch/([a-z0-9]+)/include/(?:asm|uapi/asm)/kvm.*", "KVM: $1: "),
            rule("(?:virt/kvm|include/linux/kvm|include/uapi/linux/kvm|include/kvm)/?.*", "KVM: "),
            rule("Documentation/virt/kvm/.*", "KVM: Documentation: "),
            rule("tools/testing/selftests/kvm/.*", "KVM: selftests: "),
            rule("drivers/vfio/pci/.*", "vfio/pci: "),
            rule("(?:drivers/vfio/|include/linux/vfio|include/uapi/linux/vfio).*", "vfio: "),
            rule("drivers/s390/crypto/vfio_ap.*", "s390/vfio-ap: "),
            rule("drivers/gpu/drm/([^/]+)/([^/]+)/.*", "drm/$1/$2: "),
            rule("drivers/gpu/drm/([^/]+)/.*", "drm/$1: "),
            rule("(?:drivers|fs|net|sound|crypto|security|block|lib|mm|kernel)/([^/]+)/.*", "$1: "),
            rule("include/(?:linux|uapi/linux)/([A-Za-z0-9_\\-]+)\\.h", "$1: "),
            rule("([^/]+)/.*", "$1: "));

    private PathPrefix() {
    }

    private static Rule rule(String regex, String prefix) {
        return new Rule(Pattern.compile(regex), prefix);
    }

    static String of(String path) {
        for (Rule r : RULES) {
            Matcher m = r.path().matcher(path);
            if (m.matches()) {
                return m.replaceFirst(r.prefix());
            }
        }
        int dot = path.lastIndexOf('.');
        return (dot > 0 ? path.substring(0, dot) : path) + ": ";
    }
}

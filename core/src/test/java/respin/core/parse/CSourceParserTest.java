package respin.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import respin.core.model.CCall;
import respin.core.model.CDeclarator;
import respin.core.model.CExpr;
import respin.core.model.CFunction;
import respin.core.model.CRecord;
import respin.core.model.CStatement;
import respin.core.model.CTranslationUnit;

class CSourceParserTest {

    private static CTranslationUnit parse(String src) {
        return CSourceParser.parse("t.c", src);
    }

    private static String signatures(CTranslationUnit u) {
        return u.functions().stream()
                .map(f -> (f.isDefinition() ? "def " : "proto ") + f.returnType() + " " + f.name() + "("
                        + f.params().stream().map(p -> p.type() + "|" + p.name()).collect(Collectors.joining(", "))
                        + ")")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void prototypesInBothBranchesOfIf() {
        CTranslationUnit u = parse("""
                #ifdef CONFIG_KVM_EXTERNAL_WRITE_TRACKING
                int kvm_page_track_register_notifier(struct kvm *kvm,
                \t\t\t\t     struct kvm_page_track_notifier_node *n);
                int kvm_write_track_add_gfn(struct kvm *kvm, gfn_t gfn);
                #else
                static inline int kvm_write_track_add_gfn(struct kvm *kvm, gfn_t gfn)
                {
                \treturn -EOPNOTSUPP;
                }
                #endif
                """);
        assertEquals("""
                proto int kvm_page_track_register_notifier(struct kvm *|kvm, struct kvm_page_track_notifier_node *|n)
                proto int kvm_write_track_add_gfn(struct kvm *|kvm, gfn_t|gfn)
                def int kvm_write_track_add_gfn(struct kvm *|kvm, gfn_t|gfn)""", signatures(u));
        assertTrue(u.functions().get(2).isStatic());
        assertTrue(u.functions().get(2).isInline());
        assertEquals(3, u.directives().size());
    }

    @Test
    void structFieldsWithFunctionPointerAndIfInside() {
        CTranslationUnit u = parse("""
                struct vfio_device {
                \tstruct device *dev;
                \tunsigned int migration_flags;
                \tstruct kvm *kvm;
                \tvoid (*put_kvm)(struct kvm *kvm);
                #if IS_ENABLED(CONFIG_IOMMUFD)
                \tstruct iommufd_device *iommufd_device;
                \tu8 iommufd_attached:1;
                #endif
                \tu32 devid; /* only valid when iommufd is valid */
                \tchar name[16];
                };
                """);
        CRecord r = u.records().get(0);
        assertEquals("vfio_device", r.name());
        assertEquals("dev:struct device *, migration_flags:unsigned int, kvm:struct kvm *, put_kvm:void, "
                + "iommufd_device:struct iommufd_device *, iommufd_attached:u8, devid:u32, name:char",
                r.fields().stream().map(f -> f.name() + ":" + f.type()).collect(Collectors.joining(", ")));
        assertTrue(r.field("put_kvm").orElseThrow().declarator().functionPointer());
        assertEquals("struct kvm *", r.field("put_kvm").orElseThrow().declarator().fnParams().get(0).type());
    }

    @Test
    void callsMemberChainsAndMacroIterators() {
        CTranslationUnit u = parse("""
                /**
                 * foo - do things
                 * @vgpu: the vgpu
                 */
                static int foo(struct intel_vgpu *vgpu)
                {
                \tstruct kvm_vfio_file *kvf;
                \tint ret = 0;

                \tlist_for_each_entry(kvf, &kv->file_list, node) {
                \t\tif (kvf->file == filp)
                \t\t\tret = kvm_write_track_add_gfn(vgpu->vfio_device.kvm, gfn);
                \t}
                \tif (!vgpu->vfio_device.kvm ||
                \t    vgpu->vfio_device.kvm->mm != current->mm)
                \t\treturn -ESRCH;
                \treturn zpci_kvm_hook.kvm_register(zdev, vdev->vdev.kvm);
                }
                EXPORT_SYMBOL_GPL(foo);
                """);
        CFunction f = u.functions().get(0);
        assertEquals("foo", f.name());
        assertTrue(u.text(f.doc()).startsWith("/**\n * foo - do things"));
        assertEquals(List.of("struct kvm_vfio_file *:kvf", "int:ret"), f.body().leadingDeclarations().stream()
                .map(st -> st.declarators().get(0).type() + ":" + st.declarators().get(0).name()).toList());
        assertEquals("list_for_each_entry, kvm_write_track_add_gfn, zpci_kvm_hook.kvm_register, EXPORT_SYMBOL_GPL",
                u.calls().stream().map(CCall::callee).collect(Collectors.joining(", ")));
        assertEquals(List.of("vgpu->vfio_device.kvm", "gfn"),
                u.callsTo("kvm_write_track_add_gfn").findFirst().orElseThrow().args().stream().map(CExpr::text)
                        .toList());
        assertEquals(CStatement.Kind.MACRO_BLOCK, f.body().statements().get(2).kind());
        assertTrue(u.accesses().stream().anyMatch(a -> a.members().size() == 3 && a.prefix(1).equals("vgpu->vfio_device.kvm")
                ));
    }

    @Test
    void localDeclarationsAreTyped() {
        CTranslationUnit u = parse("""
                static void kvm_vfio_file_set_kvm(struct file *file, struct kvm *kvm)
                {
                \tvoid (*fn)(struct file *file, struct kvm *kvm);
                \tstruct kvm_page_track_notifier_head *head;
                \tint r, *p = NULL;

                \tfn = symbol_get(vfio_file_set_kvm);
                \tr = 1;
                }
                """);
        List<CStatement> decls = u.functions().get(0).body().leadingDeclarations();
        assertEquals(3, decls.size());
        assertTrue(decls.get(0).declarators().get(0).functionPointer());
        assertEquals("fn", decls.get(0).declarators().get(0).name());
        assertEquals("struct kvm_page_track_notifier_head *", decls.get(1).declarators().get(0).type());
        assertEquals("int *", decls.get(2).declarators().get(1).type());
        assertEquals(CStatement.Kind.EXPRESSION, u.functions().get(0).body().statements().get(3).kind());
    }

    @Test
    void unevenIfBranchesDoNotBreakTheRestOfTheFile() {
        CTranslationUnit u = parse("""
                static void a(void)
                {
                #ifdef CONFIG_X
                \tif (x) {
                #else
                \tif (y) {
                #endif
                \t\tb();
                \t}
                }

                int c(struct kvm *kvm)
                {
                \treturn 0;
                }
                """);
        assertEquals("def void a()\ndef int c(struct kvm *|kvm)", signatures(u));
        assertTrue(u.opaque().isEmpty());
    }

    @Test
    void fileWithoutNewlineAndStringConcatenation() {
        CTranslationUnit u = parse("static const char *s = \"a\" \"b\";\nint x(void) { return f(\"%d\" \"\\n\", 1); }");
        assertEquals("def int x()", signatures(u));
        assertEquals(List.of("\"%d\" \"\\n\"", "1"),
                u.callsTo("f").findFirst().orElseThrow().args().stream().map(CExpr::text).toList());
        assertNull(u.functions().get(0).doc());
    }

    @Test
    void plainCommentDocumentsAFunctionOnlyWithAnAtNameColonLine() {
        CTranslationUnit u = parse("""
                /* a: plain, parameters the kernel-doc way
                 *\t @dev_1: the device
                 */
                int a(int dev_1) { return 0; }
                /*
                 * b: '@' without a name, with a blank before the colon, or not after '*'
                 * @: nothing
                 *  @dev : the device
                 * see @dev: in a sentence
                 */
                int b(int dev) { return 0; }
                /* c: the comment ends before the colon
                 * @dev*/
                int c(int dev) { return 0; }
                """);
        StringBuilder docs = new StringBuilder();
        for (CFunction f : u.functions()) {
            docs.append(f.name()).append(": ").append(f.doc() == null ? "none" : f.doc().line() + "-"
                    + u.text(f.doc()).lines().count() + " lines").append('\n');
        }
        assertEquals("a: 1-3 lines\nb: none\nc: none\n", docs.toString());
    }

    @Test
    void localEnumDoesNotSwallowTheRestOfTheFile() {
        CTranslationUnit u = parse("""
                int vfio_mig_get_next_state(struct vfio_device *device)
                {
                	enum { VFIO_DEVICE_NUM_STATES = VFIO_DEVICE_STATE_PRE_COPY_P2P + 1 };
                	static const u8 table[2][2] = {
                		[0] = { [0] = 1, },
                	};
                	return table[0][0];
                }

                static void vfio_device_file_set_kvm(struct file *file, struct kvm *kvm)
                {
                }
                """);
        assertEquals("def int vfio_mig_get_next_state(struct vfio_device *|device)\n"
                + "def void vfio_device_file_set_kvm(struct file *|file, struct kvm *|kvm)", signatures(u));
    }

    @Test
    void compoundLiteralAssignedOrReturnedIsAnExpressionNotABlock() {
        CTranslationUnit u = parse("""
                static int first(struct bus *bus, gpa_t addr)
                {
                \tstruct range key;

                \tkey = (struct range) {
                \t\t.addr = addr,
                \t};
                \treturn 0;
                }

                static struct range make(gpa_t addr)
                {
                \treturn (struct range) { .addr = addr };
                }

                int write(struct kvm_vcpu *vcpu)
                {
                \treturn vcpu->kvm != NULL;
                }
                """);
        assertEquals(List.of("first", "make", "write"), u.functions().stream().map(CFunction::name).toList());
        assertEquals("write", u.enclosingFunction(u.text().indexOf("vcpu->kvm")).name());
    }

    @Test
    void typedefsNameTheTypeTheyStandForAndTheStructTheyDefine() {
        CTranslationUnit u = parse("""
                typedef struct kvm_vcpu *vcpu_ptr;
                typedef struct {
                \tint nr;
                } kvm_stat_t, *kvm_stat_ptr;
                typedef void (*kvm_fn_t)(struct kvm *kvm);
                int not_a_typedef;
                """);
        assertEquals("vcpu_ptr=struct kvm_vcpu *|null|typedef struct kvm_vcpu *vcpu_ptr;\n"
                + "kvm_stat_t=struct {...}|nr|typedef struct {\n\tint nr;\n} kvm_stat_t, *kvm_stat_ptr;\n"
                + "kvm_stat_ptr=struct {...} *|nr|typedef struct {\n\tint nr;\n} kvm_stat_t, *kvm_stat_ptr;\n"
                + "kvm_fn_t=fn void|null|typedef void (*kvm_fn_t)(struct kvm *kvm);",
                u.typedefs().stream().map(d -> d.name() + "=" + (d.declarator().functionPointer() ? "fn " : "")
                        + d.declarator().type() + "|" + (d.record() == null ? null : d.record().fields().get(0).name())
                        + "|" + u.text(d.span())).collect(Collectors.joining("\n")));
        assertEquals(List.of("not_a_typedef"), u.variables().stream().map(v -> v.name()).toList());
    }

    /**
     * A typedef that defines a struct: every name it declares takes the struct for its base, and
     * a parameter list among them keeps its own types.
     */
    @Test
    void typedefOfADefinedStructKeepsTheTypesOfParameters() {
        CTranslationUnit u = parse("""
                typedef struct {
                \tint nr;
                } stat_t, *(*stat_fn)(struct device *dev, unsigned long flags);
                """);
        assertEquals("stat_t: struct {...} []\nstat_fn: struct {...} [struct device * dev, unsigned long flags]",
                u.typedefs().stream().map(d -> d.name() + ": " + d.declarator().base() + " "
                        + d.declarator().fnParams().stream().map(p -> p.type() + " " + p.name()).toList())
                        .collect(Collectors.joining("\n")));
    }

    /** A typedef of a function type: its parameters and return type, as a function pointer's are kept. */
    @Test
    void functionTypeTypedefsKeepTheirParameters() {
        CTranslationUnit u = parse("""
                typedef int probe_fn(struct i2c_client *client, const struct i2c_device_id *id);
                typedef const char *(name_fn)(struct device *dev);
                typedef void (*release_fn)(struct device *dev);
                typedef int __printf(1, 2) not_one(const char *fmt, ...);
                int probe_fn_user(probe_fn *probe);
                """);
        assertEquals(List.of("probe_fn: type int, params [client, id], 1:1",
                        "name_fn: type const char *, params [dev], 2:1",
                        "release_fn: pointer void, params [dev], 3:1",
                        "not_one: type int, params [fmt, null], 4:1"),
                u.typedefs().stream().map(d -> d.name() + ": " + (d.declarator().functionType() ? "type "
                        : d.declarator().functionPointer() ? "pointer " : "") + d.declarator().returnType()
                        + ", params " + d.declarator().fnParams().stream().map(p -> p.name()).toList() + ", "
                        + d.span().line() + ":" + d.span().col()).toList());
        CDeclarator probe = u.typedefs().get(0).declarator();
        assertEquals(List.of(0, "probe_fn", "int"), List.of(probe.pointers(), probe.name(), probe.base()));
        assertEquals("probe_fn", u.text(probe.nameSpan()));
        assertEquals(1, u.functions().get(0).params().get(0).declarator().pointers());
    }
}

package respin.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import respin.core.model.CFunction;
import respin.core.model.CRecord;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;

/**
 * One kernel construct per test, each asserted as the whole model printed as text
 * (functions, records and fields, calls, variables, opaque regions, with the
 * line:col of their names), and the byte round trip.
 */
class KernelConstructsTest {

    /** The model as text, one node a line; the round trip is checked first. */
    static String model(String src) {
        assertEquals(src, CSourceParser.print(src), "round trip");
        CTranslationUnit u = CSourceParser.parse("t.c", src);
        StringBuilder sb = new StringBuilder();
        for (CFunction f : u.functions()) {
            sb.append(f.isDefinition() ? "def " : "proto ").append(at(f.nameSpan())).append(' ')
                    .append(f.isStatic() ? "static " : "").append(f.isInline() ? "inline " : "")
                    .append(f.returnType().isEmpty() ? "" : f.returnType() + " ").append("| ").append(f.name()).append('(')
                    .append(f.params().stream().map(p -> p.type() + " " + p.name()).collect(Collectors.joining(", ")))
                    .append(')').append(f.doc() == null ? "" : " doc " + at(f.doc())).append('\n');
        }
        for (CRecord r : u.records()) {
            sb.append(r.kind()).append(' ').append(r.name()).append(' ').append(at(r.span())).append(" {")
                    .append(r.fields().stream().map(x -> x.type() + " " + x.name() + "@" + at(x.declarator().nameSpan()))
                            .collect(Collectors.joining("; ")))
                    .append("}\n");
        }
        u.variables().forEach(v -> sb.append("var ").append(v.declarator().type()).append(' ')
                .append(v.declarator().name()).append('@').append(at(v.declarator().nameSpan())).append('\n'));
        u.calls().forEach(c -> sb.append("call ").append(c.callee()).append('@').append(at(c.calleeSpan()))
                .append('(').append(u.text(c.argsSpan())).append(")\n"));
        u.opaque().forEach(o -> sb.append("opaque ").append(at(o.span())).append(' ').append(o.reason())
                .append(o.words().stream().map(u::text).collect(Collectors.joining(" ", " [", "]"))).append('\n'));
        return sb.toString();
    }

    private static String at(Span s) {
        return s == null ? "-" : s.line() + ":" + s.col();
    }

    @Test
    void macrosAsStatementsDeclarationsAndExports() {
        assertEquals("""
                def 3:13 static void | drain(struct list_head * head)
                call DEFINE_MUTEX@1:8(drain_lock)
                call list_for_each_entry@7:2(pos, head, node)
                call mutex_lock@8:3(&drain_lock)
                call EXPORT_SYMBOL_GPL@11:1(drain)
                """, model("""
                static DEFINE_MUTEX(drain_lock);

                static void drain(struct list_head *head)
                {
                \tstruct item *pos;

                \tlist_for_each_entry(pos, head, node) {
                \t\tmutex_lock(&drain_lock);
                \t}
                }
                EXPORT_SYMBOL_GPL(drain);
                """));
    }

    @Test
    void iteratorMacrosNestedWithoutBracesAndOverASwitch() {
        assertEquals("""
                def 1:12 static int | analyze(struct mddev * mddev)
                call rdev_for_each_safe@5:2(rdev, tmp, mddev)
                call load_super@6:11(rdev)
                call list_for_each_entry@12:2(c, &fs_list, list)
                call for_each_member_device_rcu@13:3(c, ca, NULL)
                call scoped_guard@16:2(mutex, &lookup_lock)
                call list_for_each_entry@17:3(p, &lookup_list, list)
                """, model("""
                static int analyze(struct mddev *mddev)
                {
                	struct md_rdev *rdev, *tmp;

                	rdev_for_each_safe(rdev, tmp, mddev)
                		switch (load_super(rdev)) {
                		case 1:
                			break;
                		default:
                			return -EINVAL;
                		}
                	list_for_each_entry(c, &fs_list, list)
                		for_each_member_device_rcu(c, ca, NULL)
                			if (ca->dev == dev) {
                			}
                	scoped_guard(mutex, &lookup_lock)
                		list_for_each_entry(p, &lookup_list, list) {
                			match = 0;
                		}
                	return 0;
                }
                """));
    }

    @Test
    void annotationsAreNeitherNamesNorTypes() {
        assertEquals("""
                proto 1:19 bool | kvm_get_kvm_safe(struct kvm * kvm)
                def 3:26 static int | setup(char __user * buf, size_t len)
                proto 4:13 void | late(void * p)
                struct ring 6:1 {struct page __rcu * pages@7:21; u32 head@8:6}
                var static struct ring __percpu ring@10:53
                """, model("""
                bool __must_check kvm_get_kvm_safe(struct kvm *kvm);

                static int __init __cold setup(char __user *buf, size_t len) { return 0; }
                void __weak late(void *p) __attribute__((noreturn));

                struct ring {
                \tstruct page __rcu *pages;
                \tu32 head __aligned(8);
                };
                static struct ring __percpu __attribute__((unused)) ring;
                """));
    }

    @Test
    void ifInsideAParameterListAndAStruct() {
        assertEquals("""
                def 1:5 int | probe(struct device * dev, int irq)
                struct cfg 8:1 {int a@9:6; long wide@11:7; int narrow@13:6}
                """, model("""
                int probe(struct device *dev,
                #ifdef CONFIG_IRQ
                \t  int irq)
                #else
                \t  int unused)
                #endif
                { return 0; }
                struct cfg {
                \tint a;
                #if BITS_PER_LONG == 64
                \tlong wide;
                #else
                \tint narrow;
                #endif
                };
                """));
    }

    @Test
    void functionsReturningFunctionPointersAndFunctionPointerVariables() {
        assertEquals("""
                def 1:22 static inline void (*)(void *) | ctor(int shift)
                proto 7:7 int (*)(struct sk_buff *) | proto_fn(unsigned int pid)
                var extern unsigned long mach_hd_init@8:24
                var extern unsigned long intc_reg_fns@10:3
                call lookup@5:9(shift)
                """, model("""
                static inline void (*ctor(int shift))(void *)
                {
                \tu32 (*pick[2])(void) = { first, second };

                \treturn lookup(shift);
                }
                int (*proto_fn(unsigned int pid))(struct sk_buff *);
                extern unsigned long (*mach_hd_init)(unsigned long, unsigned long);
                extern unsigned long
                (*intc_reg_fns[])(unsigned long addr);
                typedef void (*fsm_t)(void *fsm, int event);
                """));
    }

    @Test
    void bothBranchesOfIfElseAreDeclarations() {
        assertEquals("""
                proto 2:13 void | vfio_device_put_kvm(struct vfio_device * device)
                def 4:20 static inline void | vfio_device_put_kvm(struct vfio_device * device)
                """, model("""
                #if IS_ENABLED(CONFIG_KVM)
                extern void vfio_device_put_kvm(struct vfio_device *device);
                #else
                static inline void vfio_device_put_kvm(struct vfio_device *device)
                {
                }
                #endif
                """));
    }

    @Test
    void knrLookingMacrosAndMacroLinesWithoutSemicolon() {
        assertEquals("""
                def 6:13 acpi_status | acpi_get_timer(u32 * ticks)
                def 8:1 | SYSCALL_DEFINE1(close null, unsigned int null, fd null)
                call SENSE_CODE@1:1(0x0000, "No additional sense information")
                call SENSE_CODE@2:1(0x0001, "Filemark detected")
                call ACPI_EXPORT_SYMBOL@3:1(acpi_get_timer_resolution)
                call close_fd@9:10(fd)
                call ACPI_EXPORT_SYMBOL@10:1(acpi_get_timer)
                """, model("""
                SENSE_CODE(0x0000, "No additional sense information")
                SENSE_CODE(0x0001, "Filemark detected")
                ACPI_EXPORT_SYMBOL(acpi_get_timer_resolution)

                /* a comment */
                acpi_status acpi_get_timer(u32 *ticks) { return 0; }

                SYSCALL_DEFINE1(close, unsigned int, fd)
                { return close_fd(fd); }
                ACPI_EXPORT_SYMBOL(acpi_get_timer)
                """));
    }

    @Test
    void bodyWhoseLastStatementHasNoSemicolonAndCompoundLiteralBehindAnAmpersand() {
        assertEquals("""
                def 1:1 | FIXTURE_VARIANT_ADD(TRACE_syscall null, ptrace null)
                def 7:12 static int | after()
                var const struct stub * stub@5:20
                """, model("""
                FIXTURE_VARIANT_ADD(TRACE_syscall, ptrace) {
                \t.use_ptrace = true,
                };

                const struct stub *stub = &(struct stub) { .f = 1, };

                static int after(void) { return 0; }
                """));
    }

    @Test
    void stringConcatenationAndKernelDocAttachedToWhatItDocuments() {
        assertEquals("""
                def 4:6 void | kvm_get_kvm(struct kvm * kvm) doc 1:1
                def 9:5 int | undocumented()
                var static const char * banner@6:20
                call pr_info@4:37("kvm" " get " "%p\\n", kvm)
                """, model("""
                /**
                 * kvm_get_kvm - take a reference
                 */
                void kvm_get_kvm(struct kvm *kvm) { pr_info("kvm" " get " "%p\\n", kvm); }

                static const char *banner = "a" "b";

                /* plain, not kernel-doc */
                int undocumented(void) { return 0; }"""));
    }

    @Test
    void tablesIncludedInsideAnArrayAreMacroLinesAndItems() {
        assertEquals("""
                call UNUSUAL_DEV@3:1(  0x0584, 0x0008, 0x0102, 0x0102,
                \t\t"Fujifilm",
                \t\t"DPC-R1 (Alauda)",
                \t\tUSB_SC_SCSI, USB_PR_ALAUDA, init_alauda, 0)
                call UNUSUAL_DEV@8:1(  0x07b4, 0x010a, 0x0102, 0x0102,
                \t\t"Olympus",
                \t\t"MAUSB-10 (Alauda)",
                \t\tUSB_SC_SCSI, USB_PR_ALAUDA, init_alauda, 0)
                """, model("""
                /* SPDX-License-Identifier: GPL-2.0+ */
                #if defined(CONFIG_USB_STORAGE_ALAUDA)
                UNUSUAL_DEV(  0x0584, 0x0008, 0x0102, 0x0102,
                		"Fujifilm",
                		"DPC-R1 (Alauda)",
                		USB_SC_SCSI, USB_PR_ALAUDA, init_alauda, 0),

                UNUSUAL_DEV(  0x07b4, 0x010a, 0x0102, 0x0102,
                		"Olympus",
                		"MAUSB-10 (Alauda)",
                		USB_SC_SCSI, USB_PR_ALAUDA, init_alauda, 0),
                #endif
                """));
        assertEquals("""
                call USB_DEVICE@3:2(0x041e, 0x3010)
                call QUIRK_RENAME_DEVICE@4:2("Creative Labs", "Sound Blaster MP3+")
                call USB_DEVICE_VENDOR_SPEC@7:2(0x0763, 0x2001)
                """, model("""
                /* Creative/E-Mu devices */
                {
                	USB_DEVICE(0x041e, 0x3010),
                	QUIRK_RENAME_DEVICE("Creative Labs", "Sound Blaster MP3+")
                },
                {
                	USB_DEVICE_VENDOR_SPEC(0x0763, 0x2001),
                	.driver_info = (unsigned long) &(const struct snd_usb_audio_quirk) {
                		.ifnum = QUIRK_ANY_INTERFACE,
                		.type = QUIRK_COMPOSITE,
                	}
                },
                """));
    }

    @Test
    void initializerOpenedAndClosedByMacros() {
        assertEquals("""
                def 14:19 static int | zynq_late()
                var static const char * zynq_dt_match@1:26
                call DT_MACHINE_START@6:1(XILINX_EP107, "Xilinx Zynq Platform")
                call smp_ops@9:10(zynq_smp_ops)
                """, model("""
                static const char *const zynq_dt_match[] = {
                	"xlnx,zynq-7000",
                	NULL
                };

                DT_MACHINE_START(XILINX_EP107, "Xilinx Zynq Platform")
                	/* 64KB way size, 8-way associativity, parity disabled */
                	.l2c_aux_val    = 0x00400000,
                	.smp		= smp_ops(zynq_smp_ops),
                	.init_machine	= zynq_init_machine,
                	.dt_compat	= zynq_dt_match,
                MACHINE_END

                static int __init zynq_late(void)
                {
                	return 0;
                }
                """));
    }

    @Test
    void oldStyleDefinitionStaysOpaqueNotATableItem() {
        assertEquals("""
                proto 1:5 int | old(a null)
                call helper@5:10(a)
                opaque 3:1 unexpected token []
                opaque 4:2 function head not understood [a helper a]
                opaque 8:1 unbalanced bracket []
                """, model("""
                int old(a)
                int a;
                {
                	if (a) {
                		return helper(a);
                	}
                	return 0;
                }
                """));
    }
}

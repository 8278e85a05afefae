package respin.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.model.tree.CExpression;
import respin.core.model.tree.CReturn;
import respin.core.model.CTranslationUnit;
import respin.core.parse.CSourceParser;

class ExpressionTypesTest {
    private static final String HEADER = """
            struct kvm;
            struct kvm_vcpu {
            \tint vcpu_id;
            \tstruct kvm *kvm;
            };
            struct vcpu_vmx {
            \tstruct kvm_vcpu vcpu;
            \tstruct kvm_vcpu *vcpus[4];
            };
            struct sie_page2 {
            \tstruct kvm *kvm;
            \tint gisa;
            };
            struct zpci_kvm_hook {
            \tstruct kvm *(*kvm_of)(void *opaque, struct kvm_vcpu *vcpu);
            };
            extern struct zpci_kvm_hook zpci_kvm_hook;
            struct vcpu_vmx *to_vmx(struct kvm_vcpu *vcpu);
            """;

    /** The type of the value {@code return EXPR;} returns in a function of kernel-style code. */
    private static CType type(String expr) {
        String src = """
                static int f(struct kvm_vcpu *vcpu, struct kvm_vcpu **pp, int *gisa, void *opaque,
                	     struct kvm *(*get)(void *opaque))
                {
                \tstruct vcpu_vmx *vmx = to_vmx(vcpu);
                \tstruct kvm_vcpu *(*pick)(int);

                \treturn %s;
                }
                """.formatted(expr);
        CTranslationUnit h = CSourceParser.parse("include/linux/kvm_host.h", HEADER);
        CTranslationUnit u = CSourceParser.parse("arch/x86/kvm/vmx.c", src);
        ExpressionTypes types = new ExpressionTypes(new SymbolIndex(List.of(h, u)));
        CExpression e = u.find(CReturn.class, r -> true).get(0).value();
        CType t = types.of(u, e);
        assertSame(t, types.of(u, e), "computed once, then remembered");
        return t;
    }

    @Test
    void namesParametersLocalsAndGlobals() {
        assertEquals("struct kvm_vcpu *", type("vcpu").name());
        assertEquals("struct vcpu_vmx *", type("vmx").name());
        assertEquals("struct zpci_kvm_hook", type("zpci_kvm_hook").name());
        assertEquals("function pointer", type("pick").name());
        assertEquals(CType.NULL, type("(NULL)"));
    }

    @Test
    void membersThroughStructDefinitionsInAHeader() {
        assertEquals("struct kvm *", type("vmx->vcpu.kvm").name());
        assertEquals("struct kvm *", type("(&vmx->vcpu)->kvm").name());
        assertEquals("struct kvm *", type("to_vmx(vcpu)->vcpu.kvm").name());
        assertEquals("function pointer", type("zpci_kvm_hook.kvm_of").name());
    }

    @Test
    void callsCastsAndOperators() {
        assertEquals("struct sie_page2 *", type("container_of(gisa, struct sie_page2, gisa)").name());
        assertEquals("struct kvm *", type("container_of(gisa, struct sie_page2, gisa)->kvm").name());
        assertEquals("struct kvm *", type("(struct kvm *)opaque").name());
        assertEquals("struct kvm_vcpu **", type("&vcpu").name());
        assertEquals("struct kvm_vcpu *", type("*pp").name());
        assertEquals("struct kvm_vcpu *", type("pp[1]").name());
        assertEquals("struct kvm *", type("vcpu ? vcpu->kvm : NULL").name());
        assertEquals("int", type("!vcpu").name());
    }

    @Test
    void callsThroughFunctionPointersGiveTheirReturnType() {
        assertEquals("struct kvm *", type("zpci_kvm_hook.kvm_of(opaque, vcpu)").name(), "a member");
        assertEquals("struct kvm *", type("(*zpci_kvm_hook.kvm_of)(opaque, vcpu)").name());
        assertEquals("struct kvm_vcpu *", type("pick(1)").name(), "a local");
        assertEquals("struct kvm_vcpu *", type("(*pick)(1)").name());
        assertEquals("int", type("pick(1)->vcpu_id").name());
        assertEquals("struct kvm *", type("get(opaque)").name(), "a parameter");
        assertEquals("unknown (no indexed declaration of fn())", typed("fn(NULL)").toString(),
                "a parameter whose type is a function-pointer typedef: not followed yet");
    }

    @Test
    void unknownIsAValueWithItsReason() {
        assertEquals("unknown (no declaration of nowhere in scope)", type("nowhere").toString());
        assertEquals("unknown (no indexed definition of struct kvm_vcpu has member mm)", type("vcpu->mm").toString());
        assertEquals("unknown (no indexed declaration of kvm_get())", type("kvm_get(vcpu)").toString());
        assertEquals("unknown (int is not a pointer)", type("*vcpu->vcpu_id").toString());
        assertEquals("unknown (the branches of ?: have different types)", type("vcpu ? vcpu : vmx").toString());
    }

    /** Typedefs as kernel headers write them, in a header apart from their structs. */
    private static final String TYPEDEFS = """
            typedef struct kvm_vcpu vcpu_t;
            typedef struct kvm_vcpu *vcpu_ptr;
            typedef vcpu_t vcpu_alias_t;
            typedef struct {
            \tint nr;
            \tstruct kvm *owner;
            } kvm_stat_t, *kvm_stat_ptr;
            typedef struct gmap {
            \tstruct kvm *private;
            } gmap_t;
            typedef loop_a loop_b;
            typedef loop_b loop_a;
            typedef unsigned long gfn_t;
            typedef void (*kvm_fn_t)(struct kvm *kvm);
            """;

    /** The type of {@code return EXPR;} in a function whose parameters have typedef types. */
    private static CType typed(String expr) {
        String src = """
                static int g(vcpu_t *v, vcpu_ptr p, vcpu_alias_t *a, kvm_stat_t *s, kvm_stat_ptr sp, gmap_t g,
                \t     loop_a *l, gfn_t gfn, missing_t *m, kvm_fn_t fn)
                {
                \treturn %s;
                }
                """.formatted(expr);
        CTranslationUnit h = CSourceParser.parse("include/linux/kvm_host.h", HEADER);
        CTranslationUnit d = CSourceParser.parse("include/linux/kvm_types.h", TYPEDEFS);
        CTranslationUnit u = CSourceParser.parse("arch/s390/kvm/gaccess.c", src);
        ExpressionTypes types = new ExpressionTypes(new SymbolIndex(List.of(h, d, u)));
        return types.of(u, u.find(CReturn.class, r -> true).get(0).value());
    }

    @Test
    void membersThroughTypedefsDeclaredInAnotherHeader() {
        assertEquals("struct kvm *", typed("v->kvm").name());
        assertEquals("struct kvm *", typed("p->kvm").name());
        assertEquals("struct kvm *", typed("a->kvm").name(), "a typedef of a typedef");
        assertEquals("struct kvm *", typed("s->owner").name(), "an anonymous struct typedef");
        assertEquals("struct kvm *", typed("sp->owner").name(), "a pointer typedef of an anonymous struct");
        assertEquals("struct kvm *", typed("g.private").name(), "a typedef that defines a named struct");
        assertEquals("int", typed("s->nr").name());
    }

    @Test
    void aTypedefThatLeadsNowhereStaysUnknownWithItsReason() {
        assertEquals("unknown (typedef loop_a -> loop_b -> loop_a is a cycle)", typed("l->x").toString());
        assertEquals("unknown (missing_t * has no members (no indexed typedef of missing_t))",
                typed("m->kvm").toString());
        assertEquals("unknown (typedef gfn_t stands for unsigned long, which has no members)",
                typed("gfn.x").toString());
        assertEquals("unknown (typedef kvm_fn_t is a function pointer type)", typed("fn->x").toString());
        assertEquals("unknown (no indexed definition of struct {...} has member vcpu)", typed("s->vcpu").toString());
        assertEquals("unknown (no indexed definition of struct kvm_vcpu has member mm)", typed("a->mm").toString());
    }
}

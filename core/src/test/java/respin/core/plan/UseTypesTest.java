package respin.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each use kind the plan-wide check reads on nodes, with a member that patch 1 retypes. */
class UseTypesTest {
    private static final String HEADER = """
            struct kvm {
            \tstruct mm_struct *mm;
            };
            struct file {
            \tvoid *private_data;
            };
            struct holder {
            \tstruct kvm *kvm;
            };
            struct pair {
            \tstruct kvm *kvm;
            \tint id;
            };
            """;

    /** The findings in {@code body} (a function body using {@code struct holder *h}) once h->kvm is a struct file *. */
    private static List<String> check(String body) {
        return RetypedHolder.findings(new UseTypes(), HEADER + "\nint use(struct holder *h, struct kvm *kvm)\n{\n" + body
                + "}\n");
    }

    @Test
    void aStoreOfTheNewTypeIntoTheOldWouldNotCompile() {
        assertEquals(List.of("t.c:17:8: h->kvm (struct file *) is stored in kvm, a struct kvm * (from patch 1)",
                "t.c:18:11: kvm (struct kvm *) is stored in h->kvm, a struct file * (from patch 1)"),
                check("\tkvm = h->kvm;\n\th->kvm = kvm;\n\th->kvm = NULL;\n\treturn 0;\n"));
    }

    @Test
    void aComparisonOfDistinctPointersWouldNotCompile() {
        assertEquals(List.of("t.c:17:6: h->kvm (struct file *) is compared with kvm, a struct kvm * (from patch 1)"),
                check("\tif (h->kvm == kvm)\n\t\treturn 1;\n\treturn h->kvm != NULL;\n"));
    }

    @Test
    void aMemberTheNewTypeDoesNotHaveWouldNotCompile() {
        assertEquals(List.of("t.c:17:9: h->kvm (struct file *) has no member mm (from patch 1)"),
                check("\treturn h->kvm->mm != NULL && h->kvm->private_data != NULL;\n"));
    }

    @Test
    void initializersAreCheckedAgainstTheDeclaredTypeAndTheDesignatedMember() {
        assertEquals(List.of("t.c:17:18: h->kvm (struct file *) initializes k, a struct kvm * (from patch 1)",
                "t.c:18:27: h->kvm (struct file *) initializes .kvm of struct pair, a struct kvm * (from patch 1)"),
                check("\tstruct kvm *k = h->kvm;\n\tstruct pair p = { .kvm = h->kvm, .id = 1 };\n"
                        + "\tstruct file *f = h->kvm;\n\treturn 0;\n"));
    }
}

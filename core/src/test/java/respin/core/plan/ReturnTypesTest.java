package respin.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnTypesTest {
    private static final String SOURCE = """
            struct holder {
            \tstruct kvm *kvm;
            };

            struct kvm *holder_kvm(struct holder *h)
            {
            \tif (!h)
            \t\treturn NULL;
            \treturn h->kvm;
            }
            """;

    private static List<String> check(String returned) {
        return RetypedHolder.findings(new ReturnTypes(), SOURCE.replace("return h->kvm;", "return " + returned + ";"));
    }

    @Test
    void aRetypedMemberReturnedWhereTheOldTypeIsWantedWouldNotCompile() {
        assertEquals(List.of("t.c:9:9: h->kvm (struct file *) is returned from holder_kvm(), which returns "
                + "struct kvm * (from patch 1)"), check("h->kvm"));
    }

    @Test
    void aConvertedMemberIsFine() {
        assertEquals(List.of(), check("(struct kvm *)h->kvm"));
    }
}

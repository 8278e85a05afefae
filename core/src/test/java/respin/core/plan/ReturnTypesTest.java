package respin.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.edit.TextEdit;
import respin.core.index.SymbolIndex;
import respin.core.parse.CSourceParser;

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
        String text = SOURCE.replace("return h->kvm;", "return " + returned + ";");
        SymbolIndex index = new SymbolIndex(List.of(CSourceParser.parse("t.c", text)));
        int at = text.indexOf("struct kvm *kvm;");
        Plan plan = new Plan(new Recipe("r", "r", "c", "b", List.of(), List.of()),
                List.of(new PlannedStep("a", "s", "b", List.of(new TextEdit("t.c", at, at + 10, "struct file", "x")))),
                List.of(), List.of(), List.of(), List.of(new TypeChange(TypeChange.Kind.FIELD, "struct holder", "kvm",
                        "kvm", "struct kvm *", "struct file *", "a")));
        return new ReturnTypes().check(new SymbolIndex(List.of(CSourceParser.parse("t.c",
                new StepContents(plan, index).last().get("t.c")))), plan, 1).stream().map(Object::toString).toList();
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

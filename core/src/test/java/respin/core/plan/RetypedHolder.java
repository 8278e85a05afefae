package respin.core.plan;

import java.util.List;
import respin.core.edit.TextEdit;
import respin.core.index.SymbolIndex;
import respin.core.parse.CSourceParser;

/**
 * The type checks' fixture: a one-patch plan over a file {@code t.c} that retypes the first
 * {@code struct kvm *kvm;} member (struct holder's) to {@code struct file *}.
 */
final class RetypedHolder {
    private RetypedHolder() {
    }

    /** What {@code check} finds in {@code text} once patch 1 is applied, as printed. */
    static List<String> findings(TypeCheck check, String text) {
        SymbolIndex index = new SymbolIndex(List.of(CSourceParser.parse("t.c", text)));
        int at = text.indexOf("struct kvm *kvm;");
        Plan plan = new Plan(new Recipe("r", "r", "c", "b", List.of(), List.of()),
                List.of(new PlannedStep("a", "s", "b", List.of(new TextEdit("t.c", at, at + 10, "struct file", "x")))),
                List.of(), List.of(), List.of(), List.of(new TypeChange(TypeChange.Kind.FIELD, "struct holder", "kvm",
                        "kvm", "struct kvm *", "struct file *", "a")));
        return check.check(new SymbolIndex(List.of(CSourceParser.parse("t.c",
                new StepContents(plan, index).last().get("t.c")))), plan, 1).stream().map(Object::toString).toList();
    }
}

package respin.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.edit.TextEdit;
import respin.core.index.SymbolIndex;
import respin.core.parse.CSourceParser;

class SeriesTypeCheckTest {
    private static final String HEADER = "int track_register(struct kvm *kvm, struct node *n);\n";
    private static final String CALLER = """
            void mmu_init(struct kvm *kvm, struct node *node)
            {
            \ttrack_register(kvm, node);
            }
            """;
    private static final TypeChange RETYPED = new TypeChange(TypeChange.Kind.PARAMETER, "track_register", "0",
            "file", "struct kvm *", "struct file *", "a");

    private static TextEdit retype() {
        return new TextEdit("t.h", 19, 34, "struct file *file", "retype");
    }

    private static List<String> check(List<PlannedStep> steps) {
        SymbolIndex index = new SymbolIndex(List.of(CSourceParser.parse("t.h", HEADER),
                CSourceParser.parse("mmu.c", CALLER)));
        Plan plan = new Plan(new Recipe("r", "r", "c", "b", List.of(), List.of()), steps, List.of(), List.of(),
                List.of(), List.of(RETYPED));
        List<WouldNotCompile> found = SeriesTypeCheck.standard().check(plan, index, new StepContents(plan, index));
        return found.stream().map(Object::toString).toList();
    }

    @Test
    void anArgumentOfTheOldTypeToARetypedParameterWouldNotCompile() {
        assertEquals(List.of("mmu.c:3:17: kvm (struct kvm *) is passed to track_register(), which takes "
                + "struct file * (from patch 1)"), check(List.of(new PlannedStep("a", "s", "b", List.of(retype())))));
    }

    /** The base already passes a struct leaf * for a struct node *: not the plan's doing, not reported. */
    @Test
    void whatTheBaseAlreadyHasIsNotReported() {
        SymbolIndex index = new SymbolIndex(List.of(CSourceParser.parse("t.h", HEADER),
                CSourceParser.parse("mmu.c", CALLER.replace("struct node *node", "struct leaf *node"))));
        Plan plan = new Plan(new Recipe("r", "r", "c", "b", List.of(), List.of()),
                List.of(new PlannedStep("a", "s", "b", List.of(retype()))), List.of(), List.of(), List.of(),
                List.of(RETYPED));
        Plan none = new Plan(plan.recipe(), List.of(new PlannedStep("a", "s", "b", List.of(
                new TextEdit("t.h", 0, 0, "", "nothing")))), List.of(), List.of(), List.of(), List.of(RETYPED));
        assertEquals(List.of("mmu.c:3:17: kvm (struct kvm *) is passed to track_register(), which takes "
                + "struct file * (from patch 1)"), SeriesTypeCheck.standard().check(plan, index,
                        new StepContents(plan, index)).stream().map(Object::toString).toList());
        assertEquals(List.of(), SeriesTypeCheck.standard().check(none, index, new StepContents(none, index)));
    }

    @Test
    void aCallerFixedOnlyInALaterPatchBreaksTheEarlierOne() {
        TextEdit fix = new TextEdit("mmu.c", 68, 71, "kvm_file(kvm)", "fix");
        assertEquals(List.of("mmu.c:3:17: kvm (struct kvm *) is passed to track_register(), which takes "
                + "struct file * (from patch 1)"), check(List.of(new PlannedStep("a", "s", "b", List.of(retype())),
                        new PlannedStep("b", "s", "b", List.of(fix)))));
    }

    @Test
    void aCallerFixedInTheSamePatchIsFine() {
        TextEdit fix = new TextEdit("mmu.c", 68, 71, "(struct file *)kvm", "fix");
        assertEquals(List.of(), check(List.of(new PlannedStep("a", "s", "b", List.of(retype(), fix)))));
    }

    @Test
    void theCheckLetsGoOfTheTreesItBuiltAndKeepsThoseHeldBefore() {
        var header = CSourceParser.parse("t.h", HEADER);
        var caller = CSourceParser.parse("mmu.c", CALLER);
        header.syntax();
        SymbolIndex index = new SymbolIndex(List.of(header, caller));
        Plan plan = new Plan(new Recipe("r", "r", "c", "b", List.of(), List.of()),
                List.of(new PlannedStep("a", "s", "b", List.of(retype()))), List.of(), List.of(), List.of(),
                List.of(RETYPED));
        String before = respin.core.model.LazySyntax.account();
        assertEquals(1, SeriesTypeCheck.standard().check(plan, index, new StepContents(plan, index)).size());
        assertEquals(true, header.syntaxTree().isBuilt(), "held before the check: kept");
        assertEquals(false, caller.syntaxTree().isBuilt(), "built by the check (mmu.c names track_register): let go");
        assertEquals(false, before.equals(respin.core.model.LazySyntax.account()), "the check built trees");
    }

    @Test
    void theVerdictNamesTheFirstBrokenPatch() {
        assertEquals("the series is not bisectable as it stands: patch 1 of 2 would not compile",
                SeriesTypeCheck.verdict(List.of(new WouldNotCompile(null, 1, "x")), 2));
        assertEquals(null, SeriesTypeCheck.verdict(List.of(), 2));
    }

    private static List<String> affected(String path, String before, String after) {
        var a = CSourceParser.parse("a.c", "int a_set(struct node *n)\n{\n\treturn 0;\n}\n");
        var b = CSourceParser.parse("b.c", "void b_run(struct node *n)\n{\n\ta_set(n);\n}\n");
        var c = CSourceParser.parse("c.c", "void c_run(struct node *n)\n{\n}\n");
        var h = CSourceParser.parse("t.h", HEADER);
        SymbolIndex tree = new SymbolIndex(List.of(h, a, b, c));
        var old = tree.unit(path).orElseThrow();
        assertEquals(before, old.text());
        var now = CSourceParser.parse(path, after);
        tree.replace(now);
        return SeriesTypeCheck.affected(tree, java.util.Map.of(path, old), java.util.Map.of(path, now)).stream()
                .map(u -> u.path()).toList();
    }

    @Test
    void aPatchOfACFileIsCheckedAgainInItselfAndTheCallersOfItsFunctions() {
        assertEquals(List.of("a.c", "b.c"), affected("a.c", "int a_set(struct node *n)\n{\n\treturn 0;\n}\n",
                "int a_set(struct file *f)\n{\n\treturn 0;\n}\n"));
        assertEquals(List.of("c.c"), affected("c.c", "void c_run(struct node *n)\n{\n}\n",
                "void c_run(struct file *n)\n{\n}\n"));
    }

    @Test
    void aPatchOfAHeaderOrOfWhatACFileDeclaresAtFileScopeChecksTheWholeTreeAgain() {
        assertEquals(List.of("t.h", "a.c", "b.c", "c.c"), affected("t.h", HEADER, HEADER.replace("struct kvm", "struct file")));
        assertEquals(List.of("t.h", "a.c", "b.c", "c.c"), affected("c.c", "void c_run(struct node *n)\n{\n}\n",
                "struct node *c_last;\nvoid c_run(struct node *n)\n{\n}\n"));
    }

    @Test
    void anInitializerOrAStructOfACFileIsThatFilesOwnBusiness() {
        String before = "struct ops { int (*run)(void); };\nstatic struct ops c_ops = { .run = c_one };\n"
                + "void c_run(struct node *n)\n{\n}\n";
        var a = CSourceParser.parse("a.c", "int a_set(struct node *n)\n{\n\treturn 0;\n}\n");
        var c = CSourceParser.parse("c.c", before);
        SymbolIndex tree = new SymbolIndex(List.of(a, c));
        var now = CSourceParser.parse("c.c", before.replace(".run = c_one", ".run = c_two").replace("(void)",
                "(int)"));
        tree.replace(now);
        assertEquals(List.of("c.c"), SeriesTypeCheck.affected(tree, java.util.Map.of("c.c", c),
                java.util.Map.of("c.c", now)).stream().map(u -> u.path()).toList());
    }

    private static final String SELFTEST_H = """
            int sprocket_selftest(struct i2c_client *client,
            \t\t      int (*probe)(struct i2c_client *client,
            \t\t\t\t   const struct i2c_device_id *id));
            """;
    private static final String DRIVER = """
            static int foo_probe(struct i2c_client *client,
            \t\t     const struct i2c_device_id *id)
            {
            \treturn 0;
            }

            static int foo_test(struct i2c_client *client)
            {
            \treturn sprocket_selftest(client, &foo_probe);
            }
            """;

    /**
     * A probe that loses its id while it is still passed where the two-argument pointer is
     * wanted: the kernel's -Werror=incompatible-pointer-types refuses the patch.
     */
    @Test
    void aFunctionThatLostAParameterPassedForAPointerThatStillHasItWouldNotCompile() {
        SymbolIndex index = new SymbolIndex(List.of(CSourceParser.parse("sprocket.h", SELFTEST_H),
                CSourceParser.parse("foo.c", DRIVER)));
        int from = DRIVER.indexOf(",\n");
        TextEdit drop = new TextEdit("foo.c", from, DRIVER.indexOf(")\n{"), "", "drop id");
        Plan plan = new Plan(new Recipe("r", "r", "c", "b", List.of(), List.of()), List.of(new PlannedStep("a", "s",
                "b", List.of(drop))), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of(
                "foo.c:8:35: &foo_probe (int (*)(struct i2c_client *)) is passed to sprocket_selftest() as probe, "
                        + "which is int (*)(struct i2c_client *, const struct i2c_device_id *) (from patch 1)"),
                SeriesTypeCheck.standard().check(plan, index, new StepContents(plan, index)).stream()
                        .map(Object::toString).toList());
    }

    @Test
    void aFunctionPassedForAPointerOfItsOwnTypeIsFine() {
        SymbolIndex index = new SymbolIndex(List.of(CSourceParser.parse("sprocket.h", SELFTEST_H),
                CSourceParser.parse("foo.c", DRIVER)));
        int body = DRIVER.indexOf("return 0;");
        TextEdit edit = new TextEdit("foo.c", body, body + "return 0;".length(), "return id ? 0 : -ENODEV;", "use id");
        Plan plan = new Plan(new Recipe("r", "r", "c", "b", List.of(), List.of()), List.of(new PlannedStep("a", "s",
                "b", List.of(edit))), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of(), SeriesTypeCheck.standard().check(plan, index, new StepContents(plan, index)));
    }
}

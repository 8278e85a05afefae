package respin.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import respin.core.edit.TextEdit;
import respin.core.index.SymbolIndex;
import respin.core.model.source.Span;
import respin.core.parse.CSourceParser;

class PlannerTest {
    private static final SymbolIndex INDEX = new SymbolIndex(List.of(CSourceParser.parse("a.c", "int x;\n")));

    /** Adds {@code member}, or finds nothing when {@code found} is false. */
    private record Adds(String member, boolean found, List<String> ran) implements Rewriter {
        public String displayName() {
            return "add " + member;
        }

        public Set<String> adds() {
            return Set.of(member);
        }

        public void plan(PlanContext ctx) {
            ran.add(displayName());
            if (found) {
                ctx.edit(TextEdit.insert("a.c", 0, "/* " + member + " */\n", displayName()));
            } else {
                ctx.noTarget("no struct for " + member);
            }
        }
    }

    /** Inserts text that uses {@code member}. */
    private record Uses(String member, List<String> ran) implements Rewriter {
        public String displayName() {
            return "use " + member;
        }

        public Set<String> needs() {
            return Set.of("dev", member, "file");
        }

        public void plan(PlanContext ctx) {
            ran.add(displayName());
            ctx.edit(TextEdit.insert("a.c", 7, "/* dev->" + member + " = file; */\n", displayName()));
        }
    }

    private static Span at(int line) {
        return new Span("r.yaml", 0, 0, line, 7);
    }

    private static Plan plan(Rewriter... rewriters) {
        return new Planner(INDEX).plan(new Recipe("r", "r", "c", "b",
                List.of(new RecipeStep("s", "subject", "body", List.of(rewriters))), List.of()));
    }

    @Test
    void aChangeThatFindsNothingIsAnErrorNamingItsPlaceInTheRecipe() {
        List<String> ran = new ArrayList<>();
        NoTargetException e = assertThrows(NoTargetException.class, () -> plan(
                new RecipeChange("add-field", at(3), false, new Adds("kvm_file", false, ran)),
                new RecipeChange("add-field", at(4), false, new Adds("other", false, ran))));
        assertEquals("r.yaml:3:7: add-field: no struct for kvm_file (and 1 more change that finds nothing)",
                e.getMessage());
    }

    @Test
    void anOptionalChangeThatFindsNothingIsLeftForAHuman() {
        List<String> ran = new ArrayList<>();
        Plan p = plan(new RecipeChange("add-field", at(3), true, new Adds("kvm_file", false, ran)),
                new Adds("other", true, ran));
        assertEquals(List.of("r.yaml:3:7: add-field: no struct for kvm_file (optional in the recipe)"),
                p.leftovers().stream().map(Object::toString).toList());
        assertEquals(1, p.steps().get(0).edits().size());
    }

    @Test
    void aChangeThatUsesWhatAnotherFailedToAddDoesNotRun() {
        List<String> ran = new ArrayList<>();
        NoTargetException e = assertThrows(NoTargetException.class, () -> plan(
                new RecipeChange("add-field", at(3), true, new Adds("kvm_file", false, ran)),
                new RecipeChange("insert-statement", at(5), false, new Uses("kvm_file", ran))));
        assertEquals("r.yaml:5:7: insert-statement: not done: it uses kvm_file, which r.yaml:3:7: add-field did "
                + "not add", e.getMessage());
        assertEquals(List.of("add kvm_file"), ran);
    }

    @Test
    void anOptionalDependentIsLeftForAHumanWithTheReason() {
        List<String> ran = new ArrayList<>();
        Plan p = plan(new RecipeChange("add-field", at(3), true, new Adds("kvm_file", false, ran)),
                new RecipeChange("insert-statement", at(5), true, new Uses("kvm_file", ran)));
        assertEquals(List.of("r.yaml:3:7: add-field: no struct for kvm_file (optional in the recipe)",
                "r.yaml:5:7: insert-statement: not done: it uses kvm_file, which r.yaml:3:7: add-field did not add "
                        + "(optional in the recipe)"), p.leftovers().stream().map(Object::toString).toList());
        assertEquals(List.of(), p.steps());
    }

    @Test
    void aDependentRunsWhenItsDependencyDid() {
        List<String> ran = new ArrayList<>();
        Plan p = plan(new Adds("kvm_file", true, ran), new Uses("kvm_file", ran));
        assertEquals(List.of("add kvm_file", "use kvm_file"), ran);
        assertEquals(2, p.steps().get(0).edits().size());
    }

    @Test
    void theIndexIsFrozenWhileAPlanRuns() {
        SymbolIndex index = new SymbolIndex(List.of(CSourceParser.parse("a.c", "int x;\n")))
                .fileLoader(path -> java.util.Optional.of(CSourceParser.parse(path, "struct kvm { int id; };\n")));
        List<Integer> sizes = new ArrayList<>();
        Rewriter reads = new Rewriter() {
            public String displayName() {
                return "read b.h";
            }

            public void plan(PlanContext ctx) {
                sizes.add(ctx.index().size());
                ctx.edit(TextEdit.insert(ctx.index().ensureFile("b.h").orElseThrow().path(), 0, "/* b */\n",
                        displayName()));
                sizes.add(ctx.index().size());
            }
        };
        new Planner(index).plan(new Recipe("r", "r", "c", "b",
                List.of(new RecipeStep("s", "subject", "body", List.of(reads))), List.of()));
        assertEquals(List.of(1, 1), sizes);
        assertEquals(1, index.size());
        assertEquals(List.of(), index.records("struct kvm"), "a file read while frozen is not indexed");
        assertEquals("b.h", index.unit("b.h").orElseThrow().path());
        index.ensureFile("c.h");
        assertEquals(2, index.size(), "after the plan the index may grow again");
    }

    /** Sees the callers of foo_register() the index holds; asks for every file naming it. */
    private record CallersOf(List<List<String>> seen) implements Rewriter {
        public String displayName() {
            return "callers of foo_register";
        }

        public void plan(PlanContext ctx) {
            ctx.widen("foo_register");
            seen.add(ctx.index().callsTo("foo_register").stream().map(c -> c.path()).toList());
            ctx.index().callsTo("foo_register").forEach(c -> ctx.site(c.node().span(), "calls foo_register()"));
        }
    }

    @Test
    void aPlanThatAsksForTheFilesNamingANameIsMadeAgainWithThem() {
        String caller = "void b_init(void)\n{\n\tfoo_register(b_probe);\n}\n";
        List<String> asked = new ArrayList<>();
        SymbolIndex index = new SymbolIndex(List.of(CSourceParser.parse("a.c", "int foo_register(void *p);\n")))
                .wordLoader((words, known) -> {
                    asked.add(words + " without " + new java.util.TreeSet<>(known));
                    return known.contains("b.c") ? List.of() : List.of(CSourceParser.parse("b.c", caller));
                });
        List<List<String>> seen = new ArrayList<>();
        Plan p = new Planner(index).plan(new Recipe("r", "r", "c", "b",
                List.of(new RecipeStep("s", "subject", "body", List.of(new CallersOf(seen)))), List.of()));
        assertEquals(List.of(List.of(), List.of("b.c")), seen, "planned once before the widening, once after");
        assertEquals(List.of("[foo_register] without [a.c]"), asked, "a name is asked for once");
        assertEquals(List.of("b.c:3:2: calls foo_register()"), p.sites().stream()
                .map(x -> x.span() + ": " + x.decision()).toList());
        assertEquals("widened: 1 file beyond the candidate scan names foo_register()", p.widening().toString());
        assertEquals(List.of("b.c"), p.widening().files());
    }

    @Test
    void aPlanThatAsksForNoNameSaysSo() {
        assertEquals("widened: no name asked for more files than the candidate scan's",
                plan(new Adds("kvm_file", true, new ArrayList<>())).widening().toString());
    }
}

package respin.rewriters.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.error.BadInputException;
import respin.core.plan.Recipe;
import respin.core.plan.Rewriter;

class RecipeFileTest {
    private static final String GOOD = """
            name: widget-file
            description: Widgets are held by their file
            migrate: {from: struct widget *, to: struct file *, conversion: widget_from_file}
            steps:
              - id: core
                subject: "widget: Take the widget's file"
                changes:
                  - change-param-type: {function: [widget_use, widget_poke], param: w}
                  - change-field-type: {struct: widget_user, field: w}
            """;

    private static String error(String text) {
        return assertThrows(BadInputException.class, () -> RecipeFile.parse("r.yaml", text)).getMessage();
    }

    @Test
    void readsStepsAndExpandsLists() {
        Recipe r = RecipeFile.parse("r.yaml", GOOD);
        assertEquals("widget-file", r.name());
        assertEquals("Widgets are held by their file", r.coverSubject());
        assertEquals(1, r.steps().size());
        assertEquals(List.of(
                "Change parameter w of widget_use() to struct file *w",
                "Change parameter w of widget_poke() to struct file *w",
                "Change the type of struct widget_user.w to struct file *"),
                r.steps().get(0).rewriters().stream().map(Rewriter::displayName).toList());
        assertEquals(1, r.finish().size(), "the conversion makes a convert-at-use finish");
    }

    @Test
    void builtInRecipesParse() {
        for (String name : Recipes.names()) {
            assertEquals(name, Recipes.find(name).orElseThrow().name());
        }
    }

    @Test
    void badYaml() {
        assertEquals("r.yaml:2:8: not valid YAML: mapping values are not allowed here",
                error("name: x\ndesc: a: b\n"));
    }

    @Test
    void emptyFile() {
        assertEquals("r.yaml:1:1: the recipe is empty", error(""));
    }

    @Test
    void splitAtTopLevelIsEveryStepsDefaultAndAStepMayOverrideIt() {
        String two = GOOD.replace("steps:\n", "split: by-maintainer\nsteps:\n") + """
                  - id: drivers
                    subject: "widget: Drivers take the file"
                    split: by-directory=3
                    changes:
                      - change-param-type: {function: widget_drive, param: w}
                """;
        Recipe r = RecipeFile.parse("r.yaml", two);
        assertEquals(List.of("by-maintainer", "by-directory=3"),
                r.steps().stream().map(s -> s.split().toString()).toList());
        assertEquals(List.of("none"), RecipeFile.parse("r.yaml", GOOD).steps().stream()
                .map(s -> s.split().toString()).toList());
    }

    @Test
    void aBadSplitNamesWhereItIs() {
        assertEquals("r.yaml:4:8: split is 'by-owner'; expected none, by-maintainer, by-directory or "
                + "by-directory=DEPTH (DEPTH from 1 to 99)", error(GOOD.replace("steps:\n", "split: by-owner\nsteps:\n")));
        assertEquals("r.yaml:6:12: split is 'by-directory=0'; expected none, by-maintainer, by-directory or "
                + "by-directory=DEPTH (DEPTH from 1 to 99)", error(GOOD.replace("    subject:",
                        "    split: by-directory=0\n    subject:")));
    }

    @Test
    void unknownTopLevelKeyNamesTheClosest() {
        assertEquals("r.yaml:2:1: unknown key 'descripton' in a recipe (did you mean 'description'?); known keys: "
                + "cover, description, migrate, name, split, steps", error(GOOD.replace("description:", "descripton:")));
    }

    @Test
    void unknownChangeKeyNamesTheClosest() {
        assertEquals("r.yaml:8:29: unknown key 'fucntion' in change-param-type (did you mean 'function'?); "
                + "known keys: doc, function, local, old-type-variant, optional, param, rename, type",
                error(GOOD.replace("{function: [widget_use", "{fucntion: [widget_use")));
    }

    @Test
    void unknownChange() {
        assertEquals("r.yaml:9:9: unknown change 'change-field-typ' (did you mean 'change-field-type'?); "
                + "known changes: change-param-type, change-field-type, add-field, remove-field, add-parameter, "
                + "add-helper, insert-statement, add-declarations, add-include, unexport, replace-body, "
                + "remove-parameter, rename-member, alias-member",
                error(GOOD.replace("- change-field-type", "- change-field-typ")));
    }

    @Test
    void missingKey() {
        assertEquals("r.yaml:9:28: change-field-type needs 'field'",
                error(GOOD.replace(", field: w}", "}")));
    }

    @Test
    void wrongTypes() {
        assertEquals("r.yaml:5:5: a step must be a mapping of keys to values, not a single value",
                error(GOOD.replace("  - id: core", "  - core\n  - id: core")));
        assertEquals("r.yaml:4:8: steps must be a list, not a single value",
                error(GOOD.substring(0, GOOD.indexOf("steps:")) + "steps: none\n"));
        assertEquals("r.yaml:1:7: name must be a single value, not a list", error(GOOD.replace("name: widget-file",
                "name: [a, b]")));
        assertEquals("r.yaml:3:1: add-parameter.position must be a whole number, not 'first'", error("""
                name: x
                description: y
                steps: [{id: a, subject: s, changes: [{add-parameter: {function: f, position: first, type: int,
                  name: n}}]}]
                """).replaceFirst(":3:\\d+:", ":3:1:"));
    }

    @Test
    void duplicateKeysAndIds() {
        assertEquals("r.yaml:2:1: duplicate key 'name' in a recipe", error("name: a\nname: b\n"));
        assertEquals("r.yaml:10:5: two steps have the id 'core'", error(GOOD + """
                  - id: core
                    subject: again
                    changes: []
                """));
    }

    @Test
    void typeNeededWithoutMigrate() {
        assertEquals("r.yaml:7:28: change-field-type needs 'type' (the recipe has no migrate.to to take it from)",
                error(GOOD.replace("migrate: {from: struct widget *, to: struct file *, conversion: widget_from_file}\n",
                        "").replace("- change-param-type: {function: [widget_use, widget_poke], param: w}\n      ",
                        "")));
    }
}

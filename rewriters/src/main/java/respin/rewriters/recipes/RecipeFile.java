package respin.rewriters.recipes;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import respin.core.error.BadInputException;
import respin.core.index.Names;
import respin.core.plan.Recipe;
import respin.core.plan.RecipeStep;
import respin.core.plan.Rewriter;
import respin.core.plan.Split;
import respin.rewriters.ConvertAtUse;

/**
 * Reads a recipe file: YAML naming the migration, the series' words and the steps,
 * each step a list of changes made by the built-in rewriters. The format is documented
 * by the built-in {@code kvm-file.yaml} ({@code respin recipes --show kvm-file}).
 *
 * <p>Every mistake (bad YAML, an unknown key or change, a missing or mistyped value)
 * is one {@link BadInputException} naming {@code file:line:col}, before any work.
 */
public final class RecipeFile {
    private static final Set<String> TOP = Set.of("name", "description", "migrate", "cover", "split", "steps");
    private static final Set<String> MIGRATE = Set.of("from", "to", "conversion", "references", "equivalents");
    private static final Set<String> COVER = Set.of("subject", "blurb");
    private static final Set<String> STEP = Set.of("id", "subject", "body", "split", "changes");

    private RecipeFile() {
    }

    public static Recipe read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read recipe " + file + ": " + e.getMessage());
        }
        return parse(file.toString(), text(file.toString(), bytes));
    }

    /**
     * The bytes as UTF-8 text; a NUL byte or bytes that are not UTF-8 are an error naming the
     * file, line and column of the first one.
     */
    static String text(String origin, byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = utf8.decode(in, out, true);
        int bad = r.isError() ? in.position() : -1;
        for (int i = 0; i < (bad < 0 ? bytes.length : bad); i++) {
            if (bytes[i] == 0) {
                bad = i;
                break;
            }
        }
        if (bad < 0) {
            return out.flip().toString();
        }
        int line = 1;
        int col = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xc0) != 0x80) {
                col++;
            }
        }
        throw new BadInputException(origin + ":" + line + ":" + col + ": not a recipe: "
                + (bytes[bad] == 0 ? "a NUL byte (a binary file?)"
                        : String.format("byte 0x%02x is not UTF-8 text", bytes[bad] & 0xff)));
    }

    /** Parses recipe text; {@code origin} is the file name errors give. */
    public static Recipe parse(String origin, String text) {
        YamlNode root = new YamlNode(origin, compose(origin, text));
        Map<String, YamlNode> top = root.entries("a recipe", TOP);
        for (String k : List.of("name", "description", "steps")) {
            if (!top.containsKey(k)) {
                throw root.error("a recipe needs '" + k + "'");
            }
        }
        Migrate migrate = top.containsKey("migrate") ? migrate(top.get("migrate")) : Migrate.NONE;
        String name = top.get("name").scalar("name");
        String subject = top.get("description").scalar("description");
        String blurb = "";
        if (top.containsKey("cover")) {
            Map<String, YamlNode> cover = top.get("cover").entries("cover", COVER);
            subject = cover.containsKey("subject") ? cover.get("subject").scalar("cover.subject") : subject;
            blurb = cover.containsKey("blurb") ? cover.get("blurb").text("cover.blurb") : blurb;
        }
        Split split = top.containsKey("split") ? split(top.get("split"), "split") : Split.NONE;
        List<RecipeStep> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode s : top.get("steps").items("steps")) {
            RecipeStep step = step(s, migrate, split);
            if (!ids.add(step.id())) {
                throw s.error("two steps have the id '" + step.id() + "'");
            }
            steps.add(step);
        }
        if (steps.isEmpty()) {
            throw top.get("steps").error("a recipe needs at least one step");
        }
        List<Rewriter> finish = migrate.conversion() == null ? List.of()
                : List.of(new ConvertAtUse(migrate.from(), migrate.to(), migrate.conversion(),
                        migrate.equivalents(), migrate.references()));
        return new Recipe(name, top.get("description").scalar("description"), subject, blurb, steps, finish);
    }

    private static Node compose(String origin, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            Node node = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            if (node == null) {
                throw new BadInputException(origin + ":1:1: the recipe is empty");
            }
            return node;
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
            throw new BadInputException(YamlNode.span(origin, e.getProblemMark()), "not valid YAML: " + problem);
        } catch (YAMLException e) {
            throw new BadInputException(origin + ":1:1: not valid YAML: " + e.getMessage());
        }
    }

    private static Migrate migrate(YamlNode node) {
        Map<String, YamlNode> m = node.entries("migrate", MIGRATE);
        for (String k : List.of("from", "to")) {
            if (!m.containsKey(k)) {
                throw node.error("migrate needs '" + k + "'");
            }
        }
        return new Migrate(m.get("from").scalar("migrate.from"), m.get("to").scalar("migrate.to"),
                m.containsKey("conversion") ? m.get("conversion").scalar("migrate.conversion") : null,
                m.containsKey("references") ? m.get("references").stringMap("migrate.references") : Map.of(),
                m.containsKey("equivalents") ? m.get("equivalents").stringMap("migrate.equivalents") : Map.of());
    }

    /** A {@code split:} value: none, by-maintainer, by-directory[=DEPTH]. */
    private static Split split(YamlNode node, String key) {
        String value = node.scalar(key);
        return Split.parse(value).orElseThrow(() -> node.error(key + " is '" + value + "'; expected "
                + Split.expected()));
    }

    private static RecipeStep step(YamlNode node, Migrate migrate, Split split) {
        Map<String, YamlNode> s = node.entries("a step", STEP);
        for (String k : List.of("id", "subject", "changes")) {
            if (!s.containsKey(k)) {
                throw node.error("a step needs '" + k + "'");
            }
        }
        List<Rewriter> rewriters = new ArrayList<>();
        for (YamlNode change : s.get("changes").items("changes")) {
            Map<String, YamlNode> one = change.entries("a change");
            if (one.size() != 1) {
                throw change.error("a change is one kind with its keys, like 'change-param-type: {...}'");
            }
            String kind = one.keySet().iterator().next();
            ChangeKind k = ChangeKinds.all().get(kind);
            if (k == null) {
                throw change.error("unknown change '" + kind + "'" + Names.suggestion(kind, ChangeKinds.all().keySet())
                        + "; known changes: " + String.join(", ", ChangeKinds.all().keySet()));
            }
            rewriters.addAll(k.create(one.get(kind), change.span(), migrate));
        }
        String body = s.containsKey("body") ? s.get("body").text("body") : "";
        return new RecipeStep(s.get("id").scalar("id"), s.get("subject").scalar("subject"), body,
                List.copyOf(rewriters), s.containsKey("split") ? split(s.get("split"), "split") : split);
    }
}

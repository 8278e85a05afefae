package respin.rewriters.recipes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import respin.core.error.BadInputException;
import respin.core.index.Names;
import respin.core.model.source.Span;

/**
 * A node of a recipe file with the file it came from, read with strict types: every
 * mistake is one {@link BadInputException} naming {@code file:line:col}.
 */
final class YamlNode {
    private final String origin;
    private final Node node;

    YamlNode(String origin, Node node) {
        this.origin = origin;
        this.node = node;
    }

    static Span span(String origin, Mark mark) {
        return new Span(origin, mark.getIndex(), mark.getIndex(), mark.getLine() + 1, mark.getColumn() + 1);
    }

    Span span() {
        return span(origin, node.getStartMark());
    }

    BadInputException error(String message) {
        return new BadInputException(span(), message);
    }

    /** The entries of a mapping, in file order; duplicate keys are an error. */
    Map<String, YamlNode> entries(String what) {
        if (!(node instanceof MappingNode m)) {
            throw error(what + " must be a mapping of keys to values, not " + kind());
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            YamlNode key = new YamlNode(origin, t.getKeyNode());
            String k = key.scalar("a key");
            if (out.containsKey(k)) {
                throw key.error("duplicate key '" + k + "' in " + what);
            }
            out.put(k, new YamlNode(origin, t.getValueNode()));
        }
        return out;
    }

    /** The entries of a mapping whose keys must all be among {@code known}. */
    Map<String, YamlNode> entries(String what, Set<String> known) {
        Map<String, YamlNode> out = entries(what);
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String k = ((ScalarNode) t.getKeyNode()).getValue();
            if (!known.contains(k)) {
                throw new YamlNode(origin, t.getKeyNode()).error("unknown key '" + k + "' in " + what
                        + Names.suggestion(k, known) + "; known keys: " + String.join(", ", new TreeSet<>(known)));
            }
        }
        return out;
    }

    String scalar(String what) {
        if (!(node instanceof ScalarNode s)) {
            throw error(what + " must be a single value, not " + kind());
        }
        return s.getValue();
    }

    /** A scalar without the final line break that YAML's {@code |} adds. */
    String text(String what) {
        String s = scalar(what);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** A scalar or a sequence of scalars. */
    List<String> scalars(String what) {
        if (node instanceof SequenceNode) {
            List<String> out = new ArrayList<>();
            for (YamlNode n : items(what)) {
                out.add(n.scalar("each of " + what));
            }
            if (out.isEmpty()) {
                throw error(what + " must name at least one");
            }
            return out;
        }
        return List.of(scalar(what));
    }

    /** {@code true} or {@code false}, nothing else. */
    boolean bool(String what) {
        String s = scalar(what).strip();
        if (!s.equals("true") && !s.equals("false")) {
            throw error(what + " must be true or false, not '" + s + "'");
        }
        return s.equals("true");
    }

    int integer(String what) {
        String s = scalar(what);
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw error(what + " must be a whole number, not '" + s + "'");
        }
    }

    List<YamlNode> items(String what) {
        if (!(node instanceof SequenceNode s)) {
            throw error(what + " must be a list, not " + kind());
        }
        List<YamlNode> out = new ArrayList<>();
        for (Node n : s.getValue()) {
            out.add(new YamlNode(origin, n));
        }
        return out;
    }

    /** A mapping of single values to single values, in file order. */
    Map<String, String> stringMap(String what) {
        Map<String, String> out = new LinkedHashMap<>();
        entries(what).forEach((k, v) -> out.put(k, v.scalar(what + "." + k)));
        return out;
    }

    private String kind() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a single value";
    }
}

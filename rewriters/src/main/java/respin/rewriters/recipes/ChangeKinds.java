package respin.rewriters.recipes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import respin.core.edit.Layout;
import respin.core.plan.Rewriter;
import respin.rewriters.AddDeclarations;
import respin.rewriters.AddField;
import respin.rewriters.AddHelper;
import respin.rewriters.AddInclude;
import respin.rewriters.AddParameter;
import respin.rewriters.AliasMember;
import respin.rewriters.ChangeFieldType;
import respin.rewriters.ChangeParamType;
import respin.rewriters.InsertStatement;
import respin.rewriters.RemoveField;
import respin.rewriters.ReplaceBody;
import respin.rewriters.Unexport;
import respin.rewriters.members.RemoveParameter;
import respin.rewriters.members.RenameMember;

/** The changes a recipe file can list, by name: each built-in rewriter with its keys. */
final class ChangeKinds {
    private static final Map<String, ChangeKind> KINDS = new LinkedHashMap<>();

    static {
        add(new ChangeKind("change-param-type", Set.of("function", "param"),
                Set.of("type", "rename", "local", "doc", "old-type-variant"), ChangeKinds::changeParamType));
        add(new ChangeKind("change-field-type", Set.of("struct", "field"), Set.of("type"),
                a -> each(a.tags("struct"), tag -> new ChangeFieldType(tag, a.string("field"), a.newType("type")))));
        add(new ChangeKind("add-field", Set.of("struct", "after", "type", "name"), Set.of(),
                a -> each(a.tags("struct"), tag -> new AddField(tag, a.string("after"), a.string("type"),
                        a.string("name")))));
        add(new ChangeKind("remove-field", Set.of("struct", "field"), Set.of("alias-of"),
                a -> each(a.tags("struct"), tag -> new RemoveField(tag, a.string("field"), a.string("alias-of")))));
        add(new ChangeKind("add-parameter", Set.of("function", "position", "type", "name"), Set.of(),
                a -> each(a.strings("function"), fn -> new AddParameter(fn, a.integer("position"),
                        a.string("type"), a.string("name")))));
        add(new ChangeKind("add-helper", Set.of("after", "definition"), Set.of(),
                a -> List.of(new AddHelper(a.string("after"), a.string("definition")))));
        add(new ChangeKind("insert-statement", Set.of("function", "after", "statement"), Set.of(),
                a -> each(a.strings("function"), fn -> new InsertStatement(fn, a.string("after"),
                        a.string("statement")))));
        add(new ChangeKind("add-declarations", Set.of("after", "text"), Set.of(),
                a -> List.of(new AddDeclarations(a.string("after"), a.string("text")))));
        add(new ChangeKind("add-include", Set.of("file", "header"), Set.of("mentions"),
                a -> List.of(new AddInclude(a.string("file"), a.string("header"), a.string("mentions")))));
        add(new ChangeKind("unexport", Set.of("symbol", "inside"), Set.of("internal-macro"),
                a -> each(a.strings("symbol"), sym -> new Unexport(sym, a.strings("inside"),
                        a.string("internal-macro")))));
        add(new ChangeKind("replace-body", Set.of("function", "body"), Set.of(),
                a -> each(a.strings("function"), fn -> new ReplaceBody(fn, a.text("body")))));
        add(new ChangeKind("remove-parameter", Set.of("struct", "member", "param"),
                Set.of("replace-uses", "follow", "move-to"), ChangeKinds::removeParameter));
        add(new ChangeKind("rename-member", Set.of("struct", "member", "to"), Set.of(),
                a -> each(a.tags("struct"), tag -> new RenameMember(tag, a.string("member"), a.string("to")))));
        add(new ChangeKind("alias-member", Set.of("struct", "member", "alias"), Set.of(),
                a -> each(a.tags("struct"), tag -> new AliasMember(tag, a.string("member"), a.string("alias")))));
    }

    private ChangeKinds() {
    }

    private static void add(ChangeKind kind) {
        KINDS.put(kind.name(), kind);
    }

    static Map<String, ChangeKind> all() {
        return KINDS;
    }

    private interface Make {
        Rewriter make(String name);
    }

    private static List<Rewriter> each(List<String> names, Make make) {
        List<Rewriter> out = new ArrayList<>();
        for (String n : names) {
            out.add(make.make(n));
        }
        return out;
    }

    /** {@code follow: member|functions|both} (default both): which side of the member loses the parameter. */
    private static List<Rewriter> removeParameter(ChangeKind.Args a) {
        String follow = a.string("follow") == null ? "both" : a.string("follow");
        RemoveParameter.Follow f = switch (follow) {
            case "member" -> RemoveParameter.Follow.MEMBER;
            case "functions" -> RemoveParameter.Follow.FUNCTIONS;
            case "both" -> RemoveParameter.Follow.BOTH;
            default -> throw a.entries().get("follow").error("remove-parameter.follow is member, functions or both, "
                    + "not '" + follow + "'");
        };
        return each(a.tags("struct"), tag -> new RemoveParameter(tag, a.string("member"), a.string("param"),
                a.string("replace-uses"), f, a.string("move-to")));
    }

    /**
     * {@code old-type-variant: true}: callers that only hold the old type call
     * {@code __function()}, which keeps the body and the old type (see
     * {@link ChangeParamType#withOldTypeVariant}).
     *
     * <p>A renamed parameter keeps the body working on the old type through a local made
     * with the recipe's conversion ({@code struct kvm *kvm = file_to_kvm(file);}) unless
     * {@code local} says otherwise (empty: no local), and maps the recipe's
     * reference-count calls.
     */
    private static List<Rewriter> changeParamType(ChangeKind.Args a) {
        String param = a.string("param");
        String rename = a.string("rename");
        String local = a.string("local");
        Migrate m = a.migrate();
        if (local == null && rename != null && m.conversion() != null && m.from() != null) {
            local = Layout.declaration(m.from(), param) + " = " + m.conversion() + "(" + rename + ");";
        }
        String decl = local == null || local.isBlank() ? null : local;
        String type = a.newType("type");
        Map<String, String> refs = rename == null ? Map.of() : m.references();
        boolean variant = a.entries().containsKey("old-type-variant") && a.bool("old-type-variant");
        if (variant && m.conversion() == null) {
            throw a.node().error("change-param-type.old-type-variant needs the recipe's migrate.conversion, "
                    + "which the variant's wrapper calls");
        }
        return each(a.strings("function"), fn -> {
            ChangeParamType c = new ChangeParamType(fn, param, type, rename, decl, refs, a.string("doc"));
            return variant ? c.withOldTypeVariant(m.conversion()) : c;
        });
    }
}

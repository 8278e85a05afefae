package respin.rewriters.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.model.tree.CFieldAccess;
import respin.core.model.CTranslationUnit;
import respin.core.model.tree.CTree;
import respin.core.model.tree.CTreeDump;
import respin.core.parse.CSourceParser;

class AncestorWalkTest {
    private static final String SRC = """
            int f(struct s *p, struct s *q)
            {
            \tp->a = 1;
            \treturn q->b;
            }
            """;

    @Test
    void givesEachNodeItsAncestorsRootFirst() {
        CTranslationUnit u = CSourceParser.parse("t.c", SRC);
        List<String> seen = new ArrayList<>();
        AncestorWalk.walk(u.syntax(), false, (node, up) -> {
            if (node instanceof CFieldAccess a) {
                seen.add(a.name() + " under " + CTreeDump.kind(up.get(up.size() - 1)) + ", depth " + up.size());
            }
        });
        assertEquals(List.of("a under Assignment, depth 5", "b under Return, depth 4"), seen);
    }

    @Test
    void skipsTheSubtreesItIsToldToLeave() {
        CTranslationUnit u = CSourceParser.parse("t.c", SRC);
        int b = SRC.indexOf("q->b");
        List<String> seen = new ArrayList<>();
        List<String> entered = new ArrayList<>();
        AncestorWalk.walk(u.syntax(), false, n -> n.span().start() <= b && b < n.span().end(), (node, up) -> {
            entered.add(CTreeDump.kind(node));
            if (node instanceof CFieldAccess a) {
                seen.add(a.name());
            }
        });
        assertEquals(List.of("b"), seen);
        assertEquals(List.of("File", "FunctionDefinition", "Compound", "Return", "FieldAccess", "Identifier"),
                entered.stream().distinct().toList());
    }
}

package respin.core.model.tree;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import respin.core.model.source.LineMap;
import respin.core.model.source.Span;

/**
 * An indented text picture of a syntax tree, one node per line: its kind, its span
 * as {@code line:col-line:col}, and for names, literals, operators and opaque nodes
 * what they hold. Tokens are left out. Meant for tests and {@code --debug} output.
 */
public final class CTreeDump {
    private CTreeDump() {
    }

    /** The picture of {@code root} and everything under it; {@code lines} maps offsets of end positions. */
    public static String of(CTree root, LineMap lines) {
        StringBuilder sb = new StringBuilder();
        Deque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[] {root, 0});
        while (!todo.isEmpty()) {
            Object[] top = todo.pop();
            CTree n = (CTree) top[0];
            int depth = (Integer) top[1];
            sb.append("  ".repeat(depth)).append(kind(n)).append(' ').append(where(n.span(), lines));
            String detail = detail(n);
            if (!detail.isEmpty()) {
                sb.append(' ').append(detail);
            }
            sb.append('\n');
            List<CTree> parts = n.parts();
            for (int i = parts.size() - 1; i >= 0; i--) {
                if (!(parts.get(i) instanceof CToken)) {
                    todo.push(new Object[] {parts.get(i), depth + 1});
                }
            }
        }
        return sb.toString();
    }

    /** A node's kind: its type's simple name without the leading {@code C}. */
    public static String kind(CTree n) {
        return n.getClass().getSimpleName().substring(1);
    }

    private static String where(Span s, LineMap lines) {
        int endLine = lines.line(Math.max(s.start(), s.end() - 1));
        int endCol = s.end() - lines.lineStart(endLine) + 1;
        return s.line() + ":" + s.col() + "-" + endLine + ":" + endCol;
    }

    private static String detail(CTree n) {
        if (n instanceof CIdentifier id) {
            return id.name();
        }
        if (n instanceof CParameterDeclaration p) {
            return p.index() + " " + (p.name() == null ? "unnamed" : p.nameText());
        }
        if (n instanceof CLiteral lit) {
            return lit.kind() + " " + text(lit);
        }
        if (n instanceof CUnary u) {
            return (u.postfix() ? "postfix " : "") + u.operator();
        }
        if (n instanceof CBinary b) {
            return b.operator();
        }
        if (n instanceof CAssignment a) {
            return a.operator();
        }
        if (n instanceof CFieldAccess f) {
            return (f.arrow() ? "->" : ".") + f.member().text();
        }
        if (n instanceof CTypeName && n.parts().stream().allMatch(p -> p instanceof CToken)
                || n instanceof CTypeOperator t && t.operand() == null) {
            return text(n);
        }
        if (n instanceof CTypeOperator t) {
            return t.operator();
        }
        if (n instanceof CDesignation d) {
            StringBuilder sb = new StringBuilder();
            for (CTree x : d.designators()) {
                sb.append(x instanceof CToken m ? "." + m.text() : "[" + text(x) + "]");
            }
            return sb.toString();
        }
        if (n instanceof CJump j) {
            return j.keyword();
        }
        if (n instanceof CLabel l) {
            return l.name();
        }
        if (n instanceof CInitDeclarator d && d.name() != null) {
            return d.name().text();
        }
        if (n instanceof CFunctionDefinition f && f.name() != null) {
            return f.name().text();
        }
        if (n instanceof CRecordSpecifier r) {
            return r.keyword() + (r.tag() == null ? "" : " " + r.tag());
        }
        if (n instanceof COpaqueExpression o) {
            return "(" + o.reason() + ") " + text(o);
        }
        if (n instanceof COpaqueStatement o) {
            return "(" + o.reason() + ")";
        }
        return "";
    }

    /** The tokens of {@code n} joined by single blanks. */
    public static String text(CTree n) {
        StringBuilder sb = new StringBuilder();
        Deque<CTree> todo = new ArrayDeque<>();
        todo.push(n);
        while (!todo.isEmpty()) {
            CTree c = todo.pop();
            if (c instanceof CToken t) {
                sb.append(sb.length() == 0 ? "" : " ").append(t.text());
            }
            for (int i = c.parts().size() - 1; i >= 0; i--) {
                todo.push(c.parts().get(i));
            }
        }
        return sb.toString();
    }
}

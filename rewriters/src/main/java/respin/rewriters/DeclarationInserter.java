package respin.rewriters;

import java.util.List;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.model.CBlock;
import respin.core.model.CStatement;
import respin.core.plan.PlanContext;

/**
 * Puts a new local declaration into the declaration block at the top of a body.
 *
 * <p>Where the block is in reverse Christmas tree order (longest line first), the new
 * line takes its place in that order; otherwise it goes first. With no declarations
 * at all it opens the body, followed by a blank line.
 */
public final class DeclarationInserter {
    private final String text;
    private final String path;
    private final CBlock body;

    public DeclarationInserter(String text, String path, CBlock body) {
        this.text = text;
        this.path = path;
        this.body = body;
    }

    public void insert(PlanContext ctx, String declaration, String why) {
        insert(ctx, declaration, why, Integer.MAX_VALUE);
    }

    /** As {@link #insert(PlanContext, String, String)}, but before any declaration at or after {@code limit}. */
    public void insert(PlanContext ctx, String declaration, String why, int limit) {
        List<CStatement> decls = body.leadingDeclarations();
        String indent = "\t";
        if (!body.statements().isEmpty()) {
            indent = Layout.indentation(text, body.statements().get(0).span().start());
        }
        String line = indent + declaration + "\n";
        if (decls.isEmpty()) {
            int at = Layout.nextLineStart(text, body.span().start());
            boolean blankAfter = !body.statements().isEmpty();
            ctx.edit(TextEdit.insert(path, at, line + (blankAfter ? "\n" : ""), why));
            return;
        }
        int width = Layout.column(0, line.stripTrailing());
        boolean xmas = true;
        int prev = Integer.MAX_VALUE;
        for (CStatement s : decls) {
            int w = lineWidth(s);
            xmas &= w <= prev;
            prev = w;
        }
        CStatement before = decls.get(0);
        if (xmas) {
            before = null;
            for (CStatement s : decls) {
                if (lineWidth(s) < width || s.span().start() >= limit) {
                    before = s;
                    break;
                }
            }
        }
        int at = before == null ? Layout.nextLineStart(text, decls.get(decls.size() - 1).span().end())
                : Layout.lineStart(text, before.span().start());
        ctx.edit(TextEdit.insert(path, at, line, why));
        ctx.site(decls.get(0).span(), "declaration added: " + declaration);
    }

    private int lineWidth(CStatement s) {
        int from = Layout.lineStart(text, s.span().start());
        return Layout.column(0, text.substring(from, s.span().end()));
    }
}

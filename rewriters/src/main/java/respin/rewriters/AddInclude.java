package respin.rewriters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.model.CDirective;
import respin.core.model.CTranslationUnit;
import respin.core.plan.PlanContext;
import respin.core.plan.Rewriter;

/**
 * Adds {@code #include <header>} to a file that needs it, among the includes of the same
 * directory ({@code linux/...}): at its sorted place where those are sorted, after the
 * last of them otherwise, and after the last include when there is none.
 */
public final class AddInclude implements Rewriter {
    private final String path;
    private final String header;
    private final String anchor;

    /**
     * @param path   the file, as the tree names it ({@code include/linux/kvm_host.h})
     * @param header what goes between the angle brackets ({@code linux/file.h})
     * @param anchor an identifier the file declares, so that the candidate scan reads it;
     *               null when another change of the recipe makes it read
     */
    public AddInclude(String path, String header, String anchor) {
        this.path = path;
        this.header = header;
        this.anchor = anchor;
    }

    @Override
    public String displayName() {
        return "Include <" + header + "> in " + path;
    }

    @Override
    public Set<String> identifiers() {
        return anchor == null ? Set.of() : Set.of(anchor);
    }

    @Override
    public void plan(PlanContext ctx) {
        CTranslationUnit u = ctx.index().unit(path).orElse(null);
        if (u == null) {
            ctx.noTarget("no file " + path + " among the files read: name an identifier it declares"
                    + " ('mentions') so that it is read");
            return;
        }
        List<CDirective> includes = new ArrayList<>();
        for (CDirective d : u.directives()) {
            if (d.keyword().equals("include") && name(d) != null) {
                if (name(d).equals(header)) {
                    ctx.site(d.span(), "<" + header + "> is included already");
                    return;
                }
                includes.add(d);
            }
        }
        String dir = header.contains("/") ? header.substring(0, header.indexOf('/') + 1) : "";
        List<CDirective> same = includes.stream().filter(d -> name(d).startsWith(dir)).toList();
        List<CDirective> run = same.isEmpty() ? includes : same;
        if (run.isEmpty()) {
            ctx.leftover(null, path + " has no #include to put <" + header + "> next to");
            return;
        }
        CDirective after = run.get(run.size() - 1);
        if (sorted(run)) {
            for (CDirective d : run) {
                if (name(d).compareTo(header) > 0) {
                    int at = Layout.lineStart(u.text(), d.span().start());
                    insert(ctx, u, at, d);
                    return;
                }
            }
        }
        insert(ctx, u, Layout.nextLineStart(u.text(), after.span().end() - 1), after);
    }

    private void insert(PlanContext ctx, CTranslationUnit u, int at, CDirective near) {
        ctx.edit(TextEdit.insert(u.path(), at, "#include <" + header + ">\n", displayName()));
        ctx.site(near.span(), "#include <" + header + "> added");
    }

    private static boolean sorted(List<CDirective> run) {
        for (int i = 1; i < run.size(); i++) {
            if (name(run.get(i - 1)).compareTo(name(run.get(i))) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The header of {@code #include <x/y.h>}, or null for a quoted or computed include. */
    private static String name(CDirective d) {
        String t = d.text();
        int lt = t.indexOf('<');
        int gt = t.indexOf('>', lt + 1);
        return lt < 0 || gt < 0 ? null : t.substring(lt + 1, gt).strip();
    }
}

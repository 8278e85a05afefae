package respin.rewriters;

import java.util.ArrayList;
import java.util.List;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.TypeResolver;
import respin.core.model.CDirective;
import respin.core.model.CTranslationUnit;
import respin.core.model.tree.CDeclaration;
import respin.core.model.tree.CFile;
import respin.core.model.tree.CToken;
import respin.core.model.tree.CTree;
import respin.core.plan.PlanContext;

/**
 * A header whose prototypes start using {@code struct new *}, a type the tree did not
 * use before, must declare that struct first: where the header declares the old one ({@code struct kvm;}) and never names
 * the new one, {@code struct kvm_file;} goes right after it, or after the old one's
 * declaration in a header it includes ({@code <linux/kvm_types.h>}). A struct first named in a
 * parameter list would be local to that prototype, and the compiler would say so.
 * Declarations are file-level declaration nodes made of the tokens {@code struct tag ;}, alone
 * on their line; a tag is named where its two tokens follow each other (not in a comment).
 */
final class ForwardDeclaration {
    private ForwardDeclaration() {
    }

    static void ensure(PlanContext ctx, CTranslationUnit u, String oldType, String newType, String why) {
        if (!u.path().endsWith(".h")) {
            return;
        }
        List<String> n = tag(TypeResolver.normalise(newType));
        List<String> o = tag(TypeResolver.normalise(oldType));
        if (n == null || o == null) {
            return;
        }
        String newTag = String.join(" ", n);
        String oldTag = String.join(" ", o);
        if (ctx.index().units().stream().anyMatch(any -> names(any, n))) {
            return; // a type the tree already uses reaches its users through their includes
        }
        if (declareNextTo(ctx, u, o, newTag, why)) {
            return;
        }
        for (CDirective d : u.directives()) {
            String included = d.keyword().equals("include") ? angled(d.text()) : null;
            if (included == null) {
                continue;
            }
            for (String path : candidates(u.path(), included)) {
                var file = ctx.index().ensureFile(path);
                if (file.isPresent() && declareNextTo(ctx, file.get(), o, newTag, why)) {
                    return;
                }
            }
        }
        ctx.leftover(null, u.path() + " uses " + newTag + " in prototypes but neither it nor its includes "
                + "declare " + oldTag + "; to put " + newTag + "; next to");
    }

    /** {@code [struct, kvm]} for {@code struct kvm *}; null for any other type. */
    static List<String> tag(String normalised) {
        List<String> words = Definitions.tokens(normalised);
        boolean record = words.size() == 3 && (words.get(0).equals("struct") || words.get(0).equals("union"));
        return record && isName(words.get(1)) && words.get(2).equals("*") ? words.subList(0, 2) : null;
    }

    private static boolean isName(String word) {
        if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
            return false;
        }
        return word.chars().allMatch(c -> c == '_' || c < 128 && Character.isLetterOrDigit(c));
    }

    /** True when {@code u}'s code (comments and directives aside) names the tag. */
    private static boolean names(CTranslationUnit u, List<String> tag) {
        if (!u.names(tag.get(1))) {
            return false; // cheap: most files never spell it
        }
        List<CToken> tokens = u.syntax().tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals(tag.get(0)) && tokens.get(i + 1).text().equals(tag.get(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tag's two words when item {@code k} of the file is a {@code struct tag;} declaration
     * alone on its lines (a comment may follow it), else null.
     */
    private static List<String> forward(CTranslationUnit u, List<CTree> items, int k) {
        if (!(items.get(k) instanceof CDeclaration d)) {
            return null;
        }
        String text = u.text();
        boolean alone = (k == 0 || items.get(k - 1).span().end() <= Layout.lineStart(text, d.span().start()))
                && (k + 1 == items.size() || items.get(k + 1).span().start() >= Layout.nextLineStart(text,
                        d.span().end()));
        List<CToken> t = d.tokens();
        if (!alone || t.size() != 3 || !t.get(2).text().equals(";")) {
            return null;
        }
        String keyword = t.get(0).text();
        return (keyword.equals("struct") || keyword.equals("union")) && isName(t.get(1).text())
                ? List.of(keyword, t.get(1).text()) : null;
    }

    private static boolean declareNextTo(PlanContext ctx, CTranslationUnit u, List<String> oldTag, String newTag,
            String why) {
        CFile file = u.syntax();
        List<CTree> items = file.parts();
        int k = 0;
        while (k < items.size() && !oldTag.equals(forward(u, items, k))) {
            k++;
        }
        if (k == items.size()) {
            return false;
        }
        CTree decl = items.get(k);
        String text = u.text();
        int at = Layout.nextLineStart(text, decl.span().end());
        String previous = String.join(" ", oldTag);
        for (k++; k < items.size() && items.get(k).span().start() == at; k++) {
            List<String> next = forward(u, items, k);
            String tag = next == null ? null : String.join(" ", next);
            if (tag == null || tag.compareTo(previous) < 0 || tag.compareTo(newTag) > 0) {
                break; // keep a sorted run sorted; otherwise the new one goes right after the old one
            }
            previous = tag;
            at = Layout.nextLineStart(text, items.get(k).span().end());
        }
        ctx.edit(TextEdit.insert(u.path(), at, newTag + ";\n", why));
        ctx.site(decl.span(), newTag + "; declared next to " + String.join(" ", oldTag)
                + "; for the prototypes that use it");
        return true;
    }

    /** The name between {@code <} and {@code >} of an {@code #include} line, or null for a quoted one. */
    private static String angled(String directive) {
        int open = directive.indexOf('<');
        int close = open < 0 ? -1 : directive.indexOf('>', open + 1);
        return close > open + 1 ? directive.substring(open + 1, close) : null;
    }

    /** Where {@code #include <name>} may live: include/, and the arch's include/ for a header under arch/. */
    private static List<String> candidates(String from, String name) {
        List<String> out = new ArrayList<>();
        out.add("include/" + name);
        int slash = from.startsWith("arch/") ? from.indexOf('/', "arch/".length()) : -1;
        if (slash > "arch/".length()) {
            out.add(from.substring(0, slash + 1) + "include/" + name);
        }
        return out;
    }
}

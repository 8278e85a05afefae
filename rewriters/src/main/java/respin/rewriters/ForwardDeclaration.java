package respin.rewriters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.index.TypeResolver;
import respin.core.model.CDirective;
import respin.core.model.CTranslationUnit;
import respin.core.plan.PlanContext;

/**
 * A header whose prototypes start using {@code struct new *}, a type the tree did not
 * use before, must declare that struct first: where the header declares the old one ({@code struct kvm;}) and never names
 * the new one, {@code struct kvm_file;} goes right after it, or after the old one's
 * declaration in a header it includes ({@code <linux/kvm_types.h>}). A struct first named in a
 * parameter list would be local to that prototype, and the compiler would say so.
 */
final class ForwardDeclaration {
    private static final Pattern TAG = Pattern.compile("^(struct|union)\\s+(\\w+)\\s*\\*$");
    private static final Pattern INCLUDE = Pattern.compile("<([^>]+)>");
    private static final Pattern NEXT_DECLARATION = Pattern.compile("(struct|union)[ \\t]+(\\w+)[ \\t]*;[ \\t]*$",
            Pattern.MULTILINE);
    private static final Pattern ARCH = Pattern.compile("^arch/[^/]+/");

    private ForwardDeclaration() {
    }

    static void ensure(PlanContext ctx, CTranslationUnit u, String oldType, String newType, String why) {
        if (!u.path().endsWith(".h")) {
            return;
        }
        Matcher n = TAG.matcher(TypeResolver.normalise(newType));
        Matcher o = TAG.matcher(TypeResolver.normalise(oldType));
        if (!n.matches() || !o.matches()) {
            return;
        }
        String newTag = n.group(1) + " " + n.group(2);
        String oldTag = o.group(1) + " " + o.group(2);
        if (ctx.index().units().stream().anyMatch(any -> names(any, newTag))) {
            return; // a type the tree already uses reaches its users through their includes
        }
        if (declareNextTo(ctx, u, oldTag, newTag, why)) {
            return;
        }
        for (CDirective d : u.directives()) {
            Matcher inc = INCLUDE.matcher(d.text());
            if (!d.keyword().equals("include") || !inc.find()) {
                continue;
            }
            for (String path : candidates(u.path(), inc.group(1))) {
                var included = ctx.index().ensureFile(path);
                if (included.isPresent() && declareNextTo(ctx, included.get(), oldTag, newTag, why)) {
                    return;
                }
            }
        }
        ctx.leftover(null, u.path() + " uses " + newTag + " in prototypes but neither it nor its includes "
                + "declare " + oldTag + "; to put " + newTag + "; next to");
    }

    private static boolean names(CTranslationUnit u, String tag) {
        return Pattern.compile("\\b" + tag.replace(" ", "\\s+") + "\\b").matcher(u.text()).find();
    }

    private static boolean declareNextTo(PlanContext ctx, CTranslationUnit u, String oldTag, String newTag,
            String why) {
        Matcher decl = Pattern.compile("(?m)^" + oldTag.replace(" ", "\\s+") + "\\s*;[ \\t]*$").matcher(u.text());
        if (!decl.find()) {
            return false;
        }
        String text = u.text();
        int at = Layout.nextLineStart(text, decl.end());
        String previous = oldTag;
        Matcher next = NEXT_DECLARATION.matcher(text);
        while (next.region(at, text.length()).lookingAt()) {
            String tag = next.group(1) + " " + next.group(2);
            if (tag.compareTo(previous) < 0 || tag.compareTo(newTag) > 0) {
                break; // keep a sorted run sorted; otherwise the new one goes right after the old one
            }
            previous = tag;
            at = Layout.nextLineStart(text, next.end());
        }
        ctx.edit(TextEdit.insert(u.path(), at, newTag + ";\n", why));
        ctx.site(u.lines().span(decl.start(), decl.end()), newTag + "; declared next to " + oldTag
                + "; for the prototypes that use it");
        return true;
    }

    /** Where {@code #include <name>} may live: include/, and the arch's include/ for a header under arch/. */
    private static List<String> candidates(String from, String name) {
        List<String> out = new ArrayList<>();
        out.add("include/" + name);
        Matcher arch = ARCH.matcher(from);
        if (arch.find()) {
            out.add(arch.group() + "include/" + name);
        }
        return out;
    }
}

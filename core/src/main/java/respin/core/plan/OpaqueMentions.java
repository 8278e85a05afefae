package respin.core.plan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import respin.core.index.CType;
import respin.core.model.COpaque;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;

/**
 * Uses the plan cannot see: a function whose parameters change, or a retyped field
 * behind {@code ->} or {@code .}, named inside bytes the model could not place
 * (an opaque region). Each becomes a leftover with its position, so that nothing
 * is lost in silence: the series would leave such a use as it was.
 */
final class OpaqueMentions {
    private OpaqueMentions() {
    }

    static void report(PlanContext ctx) {
        Set<String> functions = new LinkedHashSet<>();
        Map<String, Set<String>> fields = new LinkedHashMap<>(); // field name -> struct tags
        for (TypeChange c : ctx.typeChanges()) {
            if (c.kind() == TypeChange.Kind.PARAMETER && !c.owner().contains("::")) {
                functions.add(c.owner());
            } else if (c.kind() == TypeChange.Kind.FIELD) {
                fields.computeIfAbsent(c.member(), k -> new LinkedHashSet<>())
                        .add(CType.tagName(c.owner()));
            }
        }
        if (functions.isEmpty() && fields.isEmpty()) {
            return;
        }
        for (CTranslationUnit u : ctx.index().units()) {
            for (COpaque o : u.opaque()) {
                for (Span w : o.words()) {
                    String word = u.text(w);
                    if (functions.contains(word)) {
                        ctx.leftover(w, word + "() is named in code respin could not model" + where(o)
                                + "; look at it by hand");
                    } else if (fields.containsKey(word) && afterMemberOperator(u.text(), w.start())
                            && fields.get(word).stream().anyMatch(tag -> mentions(u, tag))) {
                        ctx.leftover(w, "member " + word + " of " + String.join(" or ", fields.get(word))
                                + " may be used in code respin could not model" + where(o) + "; look at it by hand");
                    }
                }
            }
        }
    }

    private static String where(COpaque o) {
        return " (" + o.reason() + ", the region from line " + o.span().line() + ")";
    }

    /** True when {@code ->} or {@code .} comes right before {@code at}, blanks aside. */
    static boolean afterMemberOperator(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '>' && i > 0 && text.charAt(i - 1) == '-');
    }

    /** True when a token of the file's code (comments and directives aside) is {@code tag}. */
    private static boolean mentions(CTranslationUnit u, String tag) {
        return u.names(tag) && u.syntax().tokens().stream().anyMatch(t -> t.text().equals(tag));
    }
}

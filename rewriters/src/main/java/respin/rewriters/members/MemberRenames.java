package respin.rewriters.members;

import respin.core.edit.Layout;
import respin.core.edit.TextEdit;
import respin.core.plan.PlanContext;

/**
 * Writes another member name where a program names a member: after {@code ->} or
 * {@code .}, or in a designator, whose {@code =} keeps its column when the blanks
 * before it aligned it ({@code .probe\t\t= f} becomes {@code .probe_new\t= f}).
 * A name an earlier step rewrote is rewritten again on the same bytes, so that the
 * later step's text takes the earlier one's place.
 */
final class MemberRenames {
    private MemberRenames() {
    }

    static void rename(PlanContext ctx, MemberStores.Use use, String to, String why) {
        String text = use.unit().text();
        int start = use.name().start();
        int end = use.name().end();
        String replacement = to;
        if (use.access() == null) {
            String old = text.substring(start, end);
            int word = 1;
            while (word < old.length() && !Character.isWhitespace(old.charAt(word))) {
                word++;
            }
            String blanks = old.substring(word);
            int from = Layout.column(Layout.columnOf(text, start), "." + to);
            int target = Layout.columnOf(text, end);
            boolean aligned = blanks.indexOf('\t') >= 0 || blanks.length() > 1;
            String gap = blanks.isEmpty() ? "" : aligned && from < target
                    ? Layout.gap(from, target, blanks.indexOf('\t') >= 0) : " ";
            replacement = "." + to + gap;
        }
        var earlier = ctx.rewrittenTo(use.name());
        TextEdit edit = new TextEdit(use.unit().path(), start, end, replacement, why);
        if (earlier.isPresent() && !earlier.get().equals(replacement)) {
            ctx.editAgain(edit);
        } else if (earlier.isEmpty() && !replacement.equals(text.substring(start, end))) {
            ctx.edit(edit);
        }
    }
}

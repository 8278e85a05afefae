package respin.core.check.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * checkpatch.pl's {@code ctx_statement_level}: the raw lines from a line until its parentheses
 * close (removed lines skipped), and the nesting left open at the end.
 *
 * @param level parentheses still open after the last line
 * @param lines the raw lines taken
 */
public record ConditionBlock(int level, List<String> lines) {
    private static final Pattern IF = CSyntax.compile("^.\\s*#\\s*(?:ifndef|ifdef|if)\\s");
    private static final Pattern ELSE = CSyntax.compile("^.\\s*#\\s*(?:else|elif)\\b");
    private static final Pattern ENDIF = CSyntax.compile("^.\\s*#\\s*endif\\b");

    /** {@code ctx_block_get(linenr, remain, 0, '(', ')', 0)} over the patch's lines. */
    public static ConditionBlock at(PatchText patch, int linenr, int remain) {
        int level = 0;
        List<Integer> stack = new ArrayList<>(List.of(0));
        List<String> res = new ArrayList<>();
        for (int n = linenr; remain > 0; n++) {
            PatchLine l = patch.line(n);
            if (l != null && l.text().startsWith("-")) {
                continue;
            }
            remain--;
            String line = l == null ? "" : l.sanitized();
            if (IF.matcher(line).find()) {
                stack.add(level);
            } else if (ELSE.matcher(line).find()) {
                level = stack.get(stack.size() >= 2 ? stack.size() - 2 : stack.size() - 1);
            } else if (ENDIF.matcher(line).find() && !stack.isEmpty()) {
                level = stack.remove(stack.size() - 1);
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == ')' && level > 0) {
                    level--;
                    if (level == 0) {
                        break;
                    }
                } else if (c == '(') {
                    level++;
                }
            }
            res.add(l == null ? "" : l.text());
            if (level == 0) {
                break;
            }
        }
        return new ConditionBlock(level, res);
    }
}

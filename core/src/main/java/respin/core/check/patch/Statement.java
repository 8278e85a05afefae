package respin.core.check.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The C statement checkpatch.pl sees starting at a hunk line ({@code ctx_statement_block}): the
 * text up to its {@code ;} or closing brace at the outer level, over following lines of the
 * hunk (removed lines skipped), each line but the first with its diff marker turned to a space.
 *
 * @param stat the statement ({@code $stat}), each line ending in a newline but perhaps the last
 * @param cond its head up to the first top-level {@code )} or an {@code else} ({@code $cond})
 * @param lineNext the 0-based index of the line after the statement ({@code $line_nr_next})
 * @param offNext the offset in that line where the statement stopped ({@code $off_next})
 * @param reallineNext the 1-based number of the line after the statement, as checkpatch's
 *     {@code $realline_next}
 */
public record Statement(String stat, String cond, int lineNext, int offNext, int reallineNext) {
    private static final Pattern DEFINE = Pattern.compile("^.\\s*#\\s*define", Pattern.UNIX_LINES);
    private static final Pattern IF = Pattern.compile("^#\\s*(?:ifndef|ifdef|if)\\s");
    private static final Pattern ELSE = Pattern.compile("^#\\s*(?:else|elif)\\b");
    private static final Pattern ENDIF = Pattern.compile("^#\\s*endif\\b");
    private static final Pattern ELSE_WORD = Pattern.compile("^else(?:\\s|\\{)");
    private static final Pattern ELSE_IF = Pattern.compile("^else\\s+if\\b");
    private static final Pattern BLANK = Pattern.compile("^\\s*$");
    private static final Pattern MARKER = Pattern.compile("\n.", Pattern.UNIX_LINES);

    /** {@code ctx_statement_block(linenr, remain, 0)} over {@code lines}, checkpatch's {@code @lines}. */
    static Statement at(List<String> lines, int linenr, int remain) {
        int line = linenr - 1;
        StringBuilder blk = new StringBuilder();
        int off = 0;
        int coff = -1;
        boolean coffSet = false;
        int loff = 0;
        char type = 0;
        int level = 0;
        List<int[]> stack = new ArrayList<>();
        Character p;
        Character c = null;
        int len = 0;
        while (true) {
            if (stack.isEmpty()) {
                stack.add(new int[] {0, 0});
            }
            if (off >= len) {
                for (; remain > 0; line++) {
                    if (line >= lines.size()) {
                        break;
                    }
                    if (lines.get(line).startsWith("-")) {
                        continue;
                    }
                    remain--;
                    loff = len;
                    blk.append(lines.get(line)).append('\n');
                    len = blk.length();
                    line++;
                    break;
                }
                if (off >= len) {
                    break;
                }
                if (level == 0 && DEFINE.matcher(blk.substring(off)).find()) {
                    level++;
                    type = '#';
                }
            }
            p = c;
            c = blk.charAt(off);
            String remainder = blk.substring(off);
            if (IF.matcher(remainder).find()) {
                stack.add(new int[] {type, level});
            } else if (ELSE.matcher(remainder).find()) {
                int[] top = stack.get(stack.size() >= 2 ? stack.size() - 2 : stack.size() - 1);
                type = (char) top[0];
                level = top[1];
            } else if (ENDIF.matcher(remainder).find()) {
                int[] top = stack.remove(stack.size() - 1);
                type = (char) top[0];
                level = top[1];
            }
            if (level == 0 && c == ';') {
                break;
            }
            if (level == 0 && !coffSet && (p == null || Character.isWhitespace(p) || p == '}' || p == '+')
                    && ELSE_WORD.matcher(remainder).find() && !ELSE_IF.matcher(remainder).find()) {
                coff = off + 3;
                coffSet = true;
            }
            if ((type == 0 || type == '(') && c == '(') {
                level++;
                type = '(';
            }
            if (type == '(' && c == ')') {
                level--;
                type = level != 0 ? '(' : 0;
                if (level == 0 && coff < 0) {
                    coff = off;
                    coffSet = true;
                }
            }
            if ((type == 0 || type == '{') && c == '{') {
                level++;
                type = '{';
            }
            if (type == '{' && c == '}') {
                level--;
                type = level != 0 ? '{' : 0;
                if (level == 0) {
                    if (off + 1 < len && blk.charAt(off + 1) == ';') {
                        off++;
                    }
                    break;
                }
            }
            if (type == '#' && c == '\n' && (p == null || p != '\\')) {
                level--;
                type = 0;
                off++;
                break;
            }
            off++;
        }
        if (off == len) {
            loff = len + 1;
            line++;
        }
        String stat = MARKER.matcher(blk.substring(0, Math.min(len, off + 1))).replaceAll("\n ");
        String cond = MARKER.matcher(blk.substring(0, Math.max(0, Math.min(len, coff + 1)))).replaceAll("\n ");
        int offNext = off - loff + 1;
        int next = line;
        if (next - 1 >= lines.size() || next < 1
                || BLANK.matcher(substr(lines.get(next - 1), offNext)).find()) {
            next++;
        }
        return new Statement(stat, cond, line, offNext, next);
    }

    /** Perl's {@code substr($s, $off)}: empty past the end; from the end for a negative offset. */
    private static String substr(String s, int off) {
        if (off < 0) {
            return s.substring(Math.max(0, s.length() + off));
        }
        return off >= s.length() ? "" : s.substring(off);
    }
}

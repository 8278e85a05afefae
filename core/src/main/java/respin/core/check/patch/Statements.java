package respin.core.check.patch;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The statements checkpatch.pl takes apart in a patch's C files: at each hunk line of a
 * {@code .c} or {@code .h} file where it starts one, unless the last statement without a
 * {@code ;} or {@code {} inside it still covers the line.
 */
public final class Statements {
    private static final Pattern CODE = Pattern.compile(".\\s*\\S", Pattern.UNIX_LINES);
    private static final Pattern BOUNDARY = Pattern.compile("[{;]");
    private static final Pattern TRAILING_SEMICOLONS = Pattern.compile(";+\\s*$");

    private final Statement[] at;

    private Statements(PatchText patch) {
        at = new Statement[patch.lines().size() + 1];
        List<String> lines = patch.lines().stream().map(PatchLine::sanitized).toList();
        int suppress = 0;
        for (PatchLine l : patch.lines()) {
            if (l.kind() == PatchLine.Kind.HUNK_HEADER) {
                suppress = 0;
                continue;
            }
            LineContext ctx = patch.context();
            if (!ctx.code(l) || !SourceFiles.in(l, SourceFiles.C)) {
                continue;
            }
            String sline = l.sanitized().replace(Sanitizer.COMMENT, ' ');
            if (l.number() > suppress && ctx.remaining(l) != 0 && CODE.matcher(sline).find()) {
                Statement s = Statement.at(lines, l.number(), ctx.remaining(l));
                String frag = TRAILING_SEMICOLONS.matcher(s.stat()).replaceFirst("");
                if (!BOUNDARY.matcher(frag).find()) {
                    suppress = s.lineNext();
                }
                at[l.number()] = s;
            }
        }
    }

    public static Statements of(PatchText patch) {
        return new Statements(patch);
    }

    /** The statement checkpatch starts at {@code line}, or null where it starts none. */
    public Statement at(PatchLine line) {
        return at[line.number()];
    }
}

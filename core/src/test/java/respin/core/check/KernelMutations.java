package respin.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.plan.Site;

/**
 * Style mistakes put into real kernel code, one per patch, for the differential corpus: each
 * finds a place in a file where it applies and returns the edit, or null where it finds none.
 */
final class KernelMutations {
    /**
     * One edit of a file: {@code removed} lines from 0-based line {@code at} are replaced by
     * {@code added}.
     */
    record Edit(String name, int at, int removed, List<String> added) {}

    private record Mutation(String name, Function<Site, Edit> apply) {}

    /** A file's lines and a random source, for picking a place. */
    record Site(List<String> lines, Random random) {
        /** The lines matching {@code p} (0-based), in a random order. */
        List<Integer> where(Pattern p) {
            List<Integer> out = new ArrayList<>();
            for (int i = 3; i + 4 < lines.size(); i++) {
                if (p.matcher(lines.get(i)).find()) {
                    out.add(i);
                }
            }
            java.util.Collections.shuffle(out, random);
            return out;
        }
    }

    private static final Pattern CODE = Pattern.compile("^\\t+[a-z_].*;$");
    private static final Pattern CALL_ARGS = Pattern.compile("^\\t+.*\\b[a-z_]+\\([^()]*, [^()]*\\);$");
    private static final Pattern CALL = Pattern.compile("^\\t+.*\\b([a-z_][a-z0-9_]*)\\(");
    private static final Pattern CONTINUED = Pattern.compile("^\\t+.*\\(.*,$");
    private static final Pattern POINTER_DECL = Pattern.compile("^\\t+(?:const )?(?:struct [a-z_]+|int|char|void|u8"
            + "|u32|u64) \\*[a-z_]+(?: =.*)?;$");
    private static final Pattern DECL = Pattern.compile("^\\t(?:struct [a-z_]+ \\*?|int |unsigned long |u32 |u64 "
            + "|bool )[a-z_]+(?: = [^;]*)?;$");
    private static final Pattern EXPORT = Pattern.compile("^EXPORT_SYMBOL(?:_GPL)?\\([a-z_0-9]+\\);$");
    private static final Pattern IF_BRACE = Pattern.compile("^(\\t+)(if|while|for) \\((.*)\\) \\{$");
    private static final Pattern FUNC_OPEN = Pattern.compile("^\\{$");
    private static final Pattern STRUCT = Pattern.compile("^(struct [a-z_]+) \\{$");
    private static final Pattern BLANK = Pattern.compile("^$");

    private static final List<Mutation> ALL = List.of(
            new Mutation("none", s -> edit("none", s, s.where(CODE), l -> l)),
            new Mutation("long-line", s -> edit("long-line", s, s.where(CODE),
                    l -> l + " /* " + "x".repeat(90) + " */")),
            new Mutation("long-code-line", s -> edit("long-code-line", s, s.where(CALL_ARGS),
                    l -> l.replace(");", ", " + "an_argument_with_a_long_name_".repeat(3) + "x);"))),
            new Mutation("trailing-space", s -> edit("trailing-space", s, s.where(CODE), l -> l + "  ")),
            new Mutation("space-indent", s -> edit("space-indent", s, s.where(CODE),
                    l -> l.replaceFirst("^\\t", "        "))),
            new Mutation("pointer-spacing", s -> edit("pointer-spacing", s, s.where(POINTER_DECL),
                    l -> s.random().nextBoolean() ? l.replace(" *", "* ") : l.replace(" *", " * "))),
            new Mutation("call-paren", s -> edit("call-paren", s, s.where(CALL), l -> {
                Matcher m = CALL.matcher(l);
                return m.find() ? l.substring(0, m.end() - 1) + " (" + l.substring(m.end()) : l;
            })),
            new Mutation("comma-spacing", s -> edit("comma-spacing", s, s.where(CALL_ARGS),
                    l -> s.random().nextBoolean() ? l.replaceFirst(", ", ",") : l.replaceFirst(", ", " , "))),
            new Mutation("misaligned", KernelMutations::misaligned),
            new Mutation("no-blank-after-decl", KernelMutations::noBlankAfterDeclarations),
            new Mutation("misplaced-export", KernelMutations::misplacedExport),
            new Mutation("extern", s -> insert("extern", s, s.where(BLANK), "extern int respin_corpus_hook(void *);")),
            new Mutation("prototype", s -> insert("prototype", s, s.where(BLANK),
                    "int respin_corpus_proto(struct device *, int);")),
            new Mutation("brace-next-line", s -> {
                for (int i : s.where(IF_BRACE)) {
                    Matcher m = IF_BRACE.matcher(s.lines().get(i));
                    m.find();
                    return new Edit("brace-next-line", i, 1,
                            List.of(m.group(1) + m.group(2) + " (" + m.group(3) + ")", m.group(1) + "{"));
                }
                return null;
            }),
            new Mutation("function-brace", s -> {
                for (int i : s.where(FUNC_OPEN)) {
                    String head = s.lines().get(i - 1);
                    if (head.endsWith(")") && !head.startsWith("\t")) {
                        return new Edit("function-brace", i - 1, 2, List.of(head + " {"));
                    }
                }
                return null;
            }),
            new Mutation("struct-brace", s -> {
                for (int i : s.where(STRUCT)) {
                    Matcher m = STRUCT.matcher(s.lines().get(i));
                    m.find();
                    return new Edit("struct-brace", i, 1, List.of(m.group(1), "{"));
                }
                return null;
            }),
            new Mutation("blank-lines", s -> insert("blank-lines", s, s.where(BLANK), "")),
            new Mutation("unary-star", s -> edit("unary-star", s, s.where(Pattern.compile("^\\t+.* = \\*[a-z_]")),
                    l -> l.replaceFirst(" = \\*", " = * "))));

    private KernelMutations() {}

    static int count() {
        return ALL.size();
    }

    /** Mutation number {@code n} on a file's lines, or null where it finds no place. */
    static Edit apply(int n, List<String> lines, Random random) {
        return ALL.get(n % ALL.size()).apply().apply(new Site(lines, random));
    }

    private static Edit edit(String name, Site s, List<Integer> at, Function<String, String> change) {
        for (int i : at) {
            String changed = change.apply(s.lines().get(i));
            if (name.equals("none") || !changed.equals(s.lines().get(i))) {
                return new Edit(name, i, 1, List.of(changed));
            }
        }
        return null;
    }

    private static Edit insert(String name, Site s, List<Integer> at, String line) {
        return at.isEmpty() ? null : new Edit(name, at.get(0), 0, List.of(line));
    }

    private static Edit misaligned(Site s) {
        for (int i : s.where(CONTINUED)) {
            String next = s.lines().get(i + 1);
            if (next.startsWith("\t") && !next.trim().isEmpty()) {
                String moved = next.endsWith(" ") ? next : s.random().nextBoolean() ? "\t" + next : next.substring(1);
                return new Edit("misaligned", i, 2, List.of(s.lines().get(i), moved));
            }
        }
        return null;
    }

    private static Edit noBlankAfterDeclarations(Site s) {
        for (int i : s.where(DECL)) {
            List<String> l = s.lines();
            if (l.get(i + 1).isEmpty() && l.get(i + 2).startsWith("\t") && !DECL.matcher(l.get(i + 2)).find()) {
                return new Edit("no-blank-after-decl", i, 3, List.of(l.get(i), l.get(i + 2)));
            }
        }
        return null;
    }

    private static Edit misplacedExport(Site s) {
        for (int i : s.where(EXPORT)) {
            if (s.lines().get(i - 1).equals("}")) {
                return new Edit("misplaced-export", i, 1, List.of("", s.lines().get(i)));
            }
        }
        return null;
    }
}

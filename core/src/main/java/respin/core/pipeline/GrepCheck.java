package respin.core.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import respin.core.checkout.GitGrep;
import respin.core.edit.TextEdit;
import respin.core.error.BadInputException;
import respin.core.index.TypeResolver;
import respin.core.index.WordHit;
import respin.core.model.CMemberAccess;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;
import respin.core.parse.CSourceParser;
import respin.core.plan.Site;
import respin.core.plan.TypeChange;
import respin.core.scan.CandidateScan;

/**
 * {@code respin explain --grep}: every {@code git grep} hit of the migrated names (the
 * retyped functions as words, the retyped members after {@code ->} or {@code .}) is
 * either a site of the plan or explained: a comment, a string, an export line, a member
 * of another struct. What is neither is listed as unexplained.
 */
public final class GrepCheck {
    private final Pipeline m;
    private final CandidateScan scan;
    private final Map<String, CTranslationUnit> units = new HashMap<>();
    private final Map<String, Map<String, Integer>> table = new TreeMap<>();
    private final List<String> unexplained = new ArrayList<>();
    private final Set<String> candidates = new java.util.HashSet<>();
    private final Set<String> includesLoaded = new java.util.HashSet<>();

    public GrepCheck(Pipeline m) {
        this.m = m;
        this.scan = new CandidateScan(m.tree(), CSourceParser::parse);
        m.parsed().forEach(u -> units.put(u.path(), u));
        m.parsed().forEach(u -> candidates.add(u.path()));
    }

    /** Greps, classifies every hit and reports; call once. */
    public GrepReport call() {
        Set<String> functions = new LinkedHashSet<>();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (TypeChange c : m.plan().typeChanges()) {
            if (c.kind() == TypeChange.Kind.PARAMETER && !c.owner().contains("::")) {
                functions.add(c.owner());
            } else if (c.kind() == TypeChange.Kind.FIELD) {
                members.computeIfAbsent(c.member(), k -> new LinkedHashSet<>()).add(c.owner());
            }
        }
        List<String> fnArgs = new ArrayList<>(List.of("-n", "-w", "-I"));
        functions.forEach(f -> fnArgs.addAll(List.of("-e", f)));
        for (GitGrep.Hit hit : GitGrep.run(m.tree(), fnArgs)) {
            classifyFunction(hit.path(), hit.line(), functions);
        }
        if (!members.isEmpty()) {
            String alt = String.join("|", members.keySet());
            for (GitGrep.Hit hit : GitGrep.run(m.tree(), List.of("-n", "-I", "-E", "-e",
                    "(->|\\.)[[:space:]]*(" + alt + ")([^[:alnum:]_]|$)"))) {
                classifyMember(hit.path(), hit.line(), members);
            }
        }
        return new GrepReport(table, unexplained);
    }

    private void classifyFunction(String path, int line, Set<String> functions) {
        CTranslationUnit u = unit(path);
        for (WordHit h : hitsOnLine(u, line, functions)) {
            String kind = switch (h.where()) {
                case COMMENT -> "comment";
                case LITERAL -> "string";
                case CODE -> inPlan(u, h.start(), line) || declarationInPlan(u, h) ? "plan"
                        : exportLine(u, line) || u.text().startsWith("symbol_put", lineStartOfCode(u, h)) ? "export"
                        : "unexplained";
            };
            count(h.word() + "()", kind, u, h);
        }
    }

    private void classifyMember(String path, int line, Map<String, Set<String>> members) {
        CTranslationUnit u = unit(path);
        for (WordHit h : hitsOnLine(u, line, members.keySet())) {
            if (!afterMemberOperator(u.text(), h.start())) {
                continue; // the same word as a variable on the line git grep matched
            }
            if (h.where() != WordHit.Where.CODE) {
                count("->" + h.word(), h.where() == WordHit.Where.COMMENT ? "comment" : "string", u, h);
                continue;
            }
            String owner = ownerOf(u, h);
            if (owner == null) {
                owner = ownerFromText(u, h);
            }
            if (owner == null && loadIncludes(u)) {
                owner = ownerOf(u, h);
                owner = owner != null ? owner : ownerFromText(u, h);
            }
            if (owner == null && inMacroDefinition(u, h)) {
                count("->" + h.word(), "macro", u, h);
                continue;
            }
            String kind;
            if (owner != null && members.get(h.word()).contains(owner)) {
                kind = inPlan(u, h.start(), line) ? "plan" : "unexplained";
            } else if (owner != null) {
                kind = "other";
            } else if (!candidates.contains(u.path())) {
                kind = "unnamed"; // the file names no migrated struct and none that embeds one
            } else {
                kind = "unexplained";
            }
            count("->" + h.word(), kind, u, h);
        }
    }

    /**
     * The owner of a member the model has no access node for (inside a macro's
     * arguments, say): the postfix expression before it ({@code a->b.c},
     * {@code f(x)->c}) read back as text and typed like any other. Null when that fails.
     */
    private String ownerFromText(CTranslationUnit u, WordHit h) {
        String t = u.text();
        int op = h.start() - 1;
        while (op >= 0 && Character.isWhitespace(t.charAt(op))) {
            op--;
        }
        int end = op >= 0 && t.charAt(op) == '.' ? op : op - 1;
        int i = end - 1;
        while (i >= 0) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || Character.isWhitespace(c) && c != '\n') {
                i--;
            } else if (c == '>' && i > 0 && t.charAt(i - 1) == '-') {
                i -= 2;
            } else if (c == ')') {
                int depth = 0;
                while (i >= 0) {
                    depth += t.charAt(i) == ')' ? 1 : t.charAt(i) == '(' ? -1 : 0;
                    i--;
                    if (depth == 0) {
                        break;
                    }
                }
            } else {
                break;
            }
        }
        String base = t.substring(i + 1, Math.max(i + 1, end)).strip();
        if (base.isEmpty()) {
            return null;
        }
        return new TypeResolver(m.index()).typeOf(u, h.start(), base).map(TypeResolver::tag).orElse(null);
    }

    /**
     * Indexes the headers {@code u} includes (quoted ones next to it, bracketed ones under
     * include/ and the arch's include/), so that the structs they define can be typed.
     * True the first time, when something may have changed.
     */
    private boolean loadIncludes(CTranslationUnit u) {
        if (!includesLoaded.add(u.path())) {
            return false;
        }
        String dir = u.path().contains("/") ? u.path().substring(0, u.path().lastIndexOf('/') + 1) : "";
        for (var d : u.directives()) {
            String text = d.text();
            if (!d.keyword().equals("include")) {
                continue;
            }
            int q = text.indexOf('"');
            int lt = text.indexOf('<');
            if (q >= 0 && text.indexOf('"', q + 1) > q) {
                m.index().ensureFile(normalise(dir + text.substring(q + 1, text.indexOf('"', q + 1))));
            } else if (lt >= 0 && text.indexOf('>', lt) > lt) {
                String name = text.substring(lt + 1, text.indexOf('>', lt));
                m.index().ensureFile("include/" + name);
                if (u.path().startsWith("arch/")) {
                    String arch = u.path().substring(0, u.path().indexOf('/', 5) + 1);
                    m.index().ensureFile(arch + "include/" + name);
                }
            }
        }
        return true;
    }

    /** {@code a/b/../c.h} as {@code a/c.h}. */
    private static String normalise(String path) {
        return java.nio.file.Path.of(path).normalize().toString().replace('\\', '/');
    }

    /** A hit inside a {@code #define}: its base is a macro parameter, typed only where the macro expands. */
    private static boolean inMacroDefinition(CTranslationUnit u, WordHit h) {
        return u.directives().stream().anyMatch(d -> d.keyword().equals("define") && d.span().start() <= h.start()
                && h.start() < d.span().end());
    }

    private static boolean afterMemberOperator(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '.' || i > 0 && text.charAt(i) == '>' && text.charAt(i - 1) == '-');
    }

    /** The struct that holds the member at the hit, as the model types its access; null if unknown. */
    private String ownerOf(CTranslationUnit u, WordHit h) {
        TypeResolver types = new TypeResolver(m.index());
        for (CMemberAccess a : u.accesses()) {
            if (!a.span().contains(u.lines().span(h.start(), h.end()))) {
                continue;
            }
            var type = types.typeOf(u, a.span().start(), a.base());
            for (int i = 0; i < a.members().size() && type.isPresent(); i++) {
                int end = a.prefixEnds().get(i);
                if (end == h.end()) {
                    return TypeResolver.tag(type.get());
                }
                type = types.memberType(type.get(), a.members().get(i));
            }
        }
        return null;
    }

    private boolean inPlan(CTranslationUnit u, int offset, int line) {
        for (var step : m.plan().steps()) {
            for (TextEdit e : step.edits()) {
                if (e.path().equals(u.path()) && e.start() <= offset && offset < Math.max(e.end(), e.start() + 1)) {
                    return true;
                }
            }
        }
        for (Site s : m.plan().sites()) {
            if (s.span() != null && s.span().file().equals(u.path()) && s.span().line() == line) {
                return true;
            }
        }
        return false;
    }

    /** A prototype or definition named at the hit whose parameter list holds a site of the plan. */
    private boolean declarationInPlan(CTranslationUnit u, WordHit h) {
        for (var f : u.functions()) {
            if (f.nameSpan().start() == h.start()) {
                for (Site s : m.plan().sites()) {
                    if (s.span() != null && s.span().file().equals(u.path())
                            && f.paramsSpan().start() <= s.span().start() && s.span().start() <= f.paramsSpan().end()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where the code before the hit on its line starts: {@code symbol_put(f)} is a module reference only. */
    private static int lineStartOfCode(CTranslationUnit u, WordHit h) {
        int i = u.lines().lineStart(u.lines().line(h.start()));
        while (i < h.start() && Character.isWhitespace(u.text().charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean exportLine(CTranslationUnit u, int line) {
        int start = u.lines().lineStart(line);
        return u.text().startsWith("EXPORT_", start);
    }

    private static List<WordHit> hitsOnLine(CTranslationUnit u, int line, Set<String> names) {
        int start = u.lines().lineStart(line);
        int end = line < u.lines().lineCount() ? u.lines().lineStart(line + 1) : u.text().length();
        return WordHit.in(u.text(), names).stream().filter(h -> h.start() >= start && h.start() < end).toList();
    }

    private void count(String name, String kind, CTranslationUnit u, WordHit h) {
        table.computeIfAbsent(name, k -> new HashMap<>()).merge(kind, 1, Integer::sum);
        if (kind.equals("unexplained")) {
            Span s = u.lines().span(h.start(), h.end());
            int ls = u.lines().lineStart(s.line());
            int le = u.text().indexOf('\n', ls);
            unexplained.add(s + ": " + u.text().substring(ls, le < 0 ? u.text().length() : le).strip());
        }
    }

    private CTranslationUnit unit(String path) {
        return units.computeIfAbsent(path, p -> scan.file(p)
                .orElseThrow(() -> new BadInputException("git grep named " + p + ", which the tree does not hold")));
    }
}

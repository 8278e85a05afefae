package respin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout rules of respin's main sources, read as text (no bytecode library): packages are
 * pipeline stages and import only earlier ones; packages form no cycle; the CLI only parses
 * options and prints; no package grows past {@value #MAX_FILES} files or {@value #MAX_LINES}
 * lines without sub-packages. Each rule returns its violations, one line each, empty when it holds.
 */
final class StageRules {
    /**
     * The stages in pipeline order, relative to {@code respin.core} (or {@code rewriters...},
     * {@code cli}). A package may use its own and earlier ones. {@code model} and {@code error}
     * come first because every stage reports with spans; {@code rewriters} come right after
     * {@code plan}, whose {@code Rewriter}/{@code Recipe} they implement; within {@code check},
     * patch reading comes before the report types, then the rules that produce findings, then
     * the script runner that merges its findings with theirs, then {@code PatchChecker} and
     * {@code CheckPatches}, which run them all.
     */
    static final List<String> ORDER = List.of("model.source", "model.tree", "model", "error", "progress", "checkout", "scan",
            "parse.lex", "parse.tree", "parse", "index", "edit", "plan", "plan.split",
            "rewriters", "rewriters.members", "rewriters.recipes", "series.diff.xdiff", "series.diff.pack", "series.diff.color", "series.diff", "series.commit", "series.kernel", "series.mail",
            "series.state", "check.patch", "check.report", "check.message", "check.rules", "check.checkpatch", "check",
            "pipeline", "cli");

    /**
     * What the CLI may use of core besides {@code pipeline} and {@code error}: what it hands in
     * (a tree, a recipe) and what it prints. Anything else is a decision the CLI should not take.
     */
    static final Set<String> CLI_MAY_USE = Set.of("respin.core.checkout.SourceTree", "respin.core.checkout.BundledRepository", "respin.core.checkout.FileSize", "respin.core.scan.ScanCache", "respin.core.progress.RunProgress", "respin.core.progress.ProgressListener", "respin.core.plan.Recipe", "respin.core.plan.Split",
            "respin.core.plan.PlannedStep", "respin.core.plan.Site", "respin.core.plan.Leftover",
            "respin.core.model.source.Span", "respin.core.model.COpaque", "respin.core.index.ExportUsers",
            "respin.core.parse.FileStats", "respin.core.parse.ParseTotals", "respin.core.parse.TreeParse",
            "respin.core.check.CheckPatches", "respin.core.check.report.CheckReport",
            "respin.core.check.report.CheckResult", "respin.core.series.commit.ExecEach",
            "respin.core.series.mail.PatchFile", "respin.core.series.state.SeriesState",
            "respin.core.series.state.SeriesVersion", "respin.core.series.state.PatchRecord",
            "respin.core.series.state.SeriesStateStore");

    /** CLI classes that still decide, each with the change that moves it out. */
    static final Map<String, String> CLI_EXCEPTIONS = Map.of();

    /** Lines of code a CLI class may hold outside its option declarations. */
    static final int CLI_MAX_CODE = 80;

    /**
     * Packages allowed past the file-count bound, each with why. The syntax tree's node kinds
     * and the scanner that visits them refer to each other, so they are one package; the
     * positions below them ({@code model.source}) and the declaration model above them
     * ({@code model}) are not.
     */
    static final Map<String, String> OVERSIZED = Map.of(
            "respin.core.model.tree", "a metamodel: the node kinds and the scanner that visits them refer to each "
                    + "other (double dispatch), as in Spoon's spoon.reflect.code; small records, few lines");
    static final int MAX_FILES = 25;
    /** About 2,500 lines, with a tenth of slack. */
    static final int MAX_LINES = 2_750;

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern REFERENCE = Pattern.compile("\\b(respin(?:\\.[a-z_][a-z0-9_]*)+)\\.([A-Z]\\w*)");
    private static final Pattern OPTION = Pattern.compile("@(Option|Parameters|Command|Mixin|Spec)\\b");
    private static final Pattern JGIT = Pattern.compile("\\borg\\.eclipse\\.jgit\\.");

    /** One main source file: its path (for messages) and text. */
    record Source(String path, String text) {
        String pkg() {
            Matcher m = PACKAGE.matcher(text);
            return m.find() ? m.group(1) : "";
        }

        String className() {
            String name = Path.of(path).getFileName().toString();
            return name.substring(0, name.length() - ".java".length());
        }
    }

    private StageRules() {
    }

    /** The main sources of core, rewriters and cli under {@code root}. */
    static List<Source> read(Path root) {
        List<Source> out = new ArrayList<>();
        for (String module : List.of("core", "rewriters", "cli")) {
            Path dir = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    out.add(new Source(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** {@code plan} for {@code respin.core.plan}, {@code rewriters.recipes}, {@code cli}. */
    static String stage(String pkg) {
        return pkg.startsWith("respin.core.") ? pkg.substring("respin.core.".length()) : pkg.substring("respin.".length());
    }

    /** The respin types a source names (imports, static imports, qualified names), outside comments and strings. */
    static Set<String> references(Source s) {
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code(s.text()));
        while (m.find()) {
            out.add(m.group(1) + "." + m.group(2));
        }
        return out;
    }

    /** Package to the packages it uses, for every package with main sources. */
    static Map<String, Set<String>> graph(List<Source> sources) {
        Map<String, Set<String>> g = new TreeMap<>();
        for (Source s : sources) {
            Set<String> uses = g.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            for (String type : references(s)) {
                String pkg = type.substring(0, type.lastIndexOf('.'));
                if (!pkg.equals(s.pkg()) && !pkg.equals("respin")) {
                    uses.add(pkg);
                }
            }
        }
        return g;
    }

    /** A package that is no stage, or that uses a later stage. */
    static List<String> backImports(List<Source> sources) {
        List<String> out = new ArrayList<>();
        for (Source s : sources) {
            int rank = ORDER.indexOf(stage(s.pkg()));
            if (rank < 0) {
                out.add(s.path() + ": package " + s.pkg() + " is no stage of StageRules.ORDER");
                continue;
            }
            for (String type : references(s)) {
                String used = stage(type.substring(0, type.lastIndexOf('.')));
                int r = ORDER.indexOf(used);
                if (r > rank) {
                    out.add(s.path() + ": " + stage(s.pkg()) + " uses " + type + " of the later stage " + used);
                }
            }
        }
        return out;
    }

    /** Each cycle of the package graph, as {@code a -> b -> a}. */
    static List<String> cycles(Map<String, Set<String>> graph) {
        List<String> out = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            walk(start, graph, new ArrayList<>(), done, out);
        }
        return out;
    }

    private static void walk(String pkg, Map<String, Set<String>> graph, List<String> path, Set<String> done,
            List<String> out) {
        int at = path.indexOf(pkg);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(pkg);
            out.add(String.join(" -> ", cycle));
            return;
        }
        if (!done.add(pkg)) {
            return;
        }
        path.add(pkg);
        for (String next : new TreeSet<>(graph.getOrDefault(pkg, Set.of()))) {
            walk(next, graph, path, done, out);
        }
        path.remove(path.size() - 1);
    }

    /**
     * Domain logic in the CLI: a use of core outside {@code pipeline}, {@code error} and {@link
     * #CLI_MAY_USE}; JGit (the checkout stage reads repositories); a class with more than {@link
     * #CLI_MAX_CODE} lines of code besides its option declarations.
     */
    static List<String> cliDecides(List<Source> sources) {
        List<String> out = new ArrayList<>();
        for (Source s : sources) {
            if (!s.pkg().equals("respin.cli") || CLI_EXCEPTIONS.containsKey(s.className())) {
                continue;
            }
            for (String type : references(s)) {
                String st = stage(type.substring(0, type.lastIndexOf('.')));
                if (type.startsWith("respin.core.") && !st.equals("pipeline") && !st.equals("error")
                        && !CLI_MAY_USE.contains(type)) {
                    out.add(s.path() + ": the CLI uses " + type + "; let a pipeline command decide");
                }
            }
            if (JGIT.matcher(code(s.text())).find()) {
                out.add(s.path() + ": the CLI uses JGit; reading a repository is the checkout stage's job");
            }
            int lines = codeLines(s.text());
            if (lines > CLI_MAX_CODE) {
                out.add(s.path() + ": " + lines + " lines of code besides options (at most " + CLI_MAX_CODE + ")");
            }
        }
        return out;
    }

    /**
     * Lines of code: not blank, no comment, no package or import, and not part of an option
     * declaration (an {@code @Option}, {@code @Parameters}, {@code @Mixin} or {@code @Spec}
     * annotation and the field it annotates; a {@code @Command} annotation).
     */
    static int codeLines(String text) {
        int n = 0;
        boolean inAnnotation = false;
        boolean onField = false;
        boolean skipField = false;
        int depth = 0;
        for (String line : code(text).split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("package ") || l.startsWith("import ")) {
                continue;
            }
            if (!inAnnotation && !skipField && OPTION.matcher(l).lookingAt()) {
                inAnnotation = true;
                onField = !l.startsWith("@Command");
                depth = 0;
            }
            if (inAnnotation) {
                depth += (int) (l.chars().filter(c -> c == '(').count() - l.chars().filter(c -> c == ')').count());
                if (depth <= 0) {
                    inAnnotation = false;
                    skipField = onField;
                }
                continue;
            }
            if (skipField) {
                skipField = !l.endsWith(";");
                continue;
            }
            n++;
        }
        return n;
    }

    /** Files and lines ({@code wc -l}) per package that exceed the limits. */
    static List<String> oversized(List<Source> sources) {
        Map<String, int[]> size = new LinkedHashMap<>();
        for (Source s : sources) {
            int[] c = size.computeIfAbsent(s.pkg(), k -> new int[2]);
            c[0]++;
            c[1] += (int) s.text().chars().filter(ch -> ch == '\n').count();
        }
        List<String> out = new ArrayList<>();
        size.forEach((pkg, c) -> {
            if ((c[0] > MAX_FILES || c[1] > MAX_LINES) && !OVERSIZED.containsKey(pkg)) {
                out.add(pkg + ": " + c[0] + " files, " + c[1] + " lines (at most " + MAX_FILES + " and " + MAX_LINES
                        + "); split it into sub-packages");
            }
        });
        return out;
    }

    /** {@code text} with comments and string and character literals blanked, lines kept. */
    static String code(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                text.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? text.length() : end + 3;
                out.append("\"\"");
                text.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = Math.min(j + 1, text.length());
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

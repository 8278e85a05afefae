package respin.core.series.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A kernel MAINTAINERS file, read as {@code scripts/get_maintainer.pl --no-git} reads it:
 * sections of {@code X: value} lines; a file belongs to a section that none of its X:
 * patterns exclude and one of its F: (glob, a trailing slash for a whole directory) or N:
 * (regex) patterns matches, most specific pattern first; K: keywords match the patch's
 * added and removed lines. Maintainers (M:) and reviewers (R:) go to To:, lists (L:,
 * not subscribers-only) to Cc:, each address once; Linus Torvalds, who is in THE REST,
 * is left out as get_maintainer leaves him out.
 */
public final class Maintainers {
    private static final String CHIEF = "torvalds@linux-foundation.org";
    private static final Pattern ENTRY = Pattern.compile("^([A-Z]):\\s*(.*?)\\s*$");
    /** Compiled F:/X:/N: patterns (a MAINTAINERS file has some 20,000); an invalid one maps to null. */
    private static final Map<String, Optional<Pattern>> COMPILED = new ConcurrentHashMap<>();
    /** The N: and K: regexes, compiled with {@link Pattern#COMMENTS}. */
    private static final Map<String, Optional<Pattern>> COMPILED_COMMENTS = new ConcurrentHashMap<>();

    /** A section's entries in file order, and apart: its X: ones, its F: and N: ones (what a path is matched on). */
    private record Section(String name, List<String[]> entries, List<String[]> excludes, List<String[]> patterns) {
        Section(String name) {
            this(name, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void add(String[] entry) {
            entries.add(entry);
            switch (entry[0]) {
                case "X" -> excludes.add(entry);
                case "F", "N" -> patterns.add(entry);
                default -> {
                }
            }
        }
    }

    private final List<Section> sections;
    /** The sections that cover each path asked about, in file order, with their depths. */
    private final Map<String, List<Map.Entry<Section, Integer>>> covering = new ConcurrentHashMap<>();

    private Maintainers(List<Section> sections) {
        this.sections = sections;
    }

    /** The sections that cover {@code path}, in file order, with their depths: worked out once per path. */
    private List<Map.Entry<Section, Integer>> covering(String path) {
        return covering.computeIfAbsent(path, p -> {
            List<Map.Entry<Section, Integer>> out = new ArrayList<>();
            for (Section s : sections) {
                Integer d = match(s, p);
                if (d != null) {
                    out.add(Map.entry(s, d));
                }
            }
            return out;
        });
    }

    /** Parses the file's text; lines before the first section (the preamble) are skipped. */
    public static Maintainers parse(String text) {
        return parse(text, p -> false);
    }

    /**
     * Parses the file's text; {@code isDirectory} tells which F:/X: values without a trailing
     * slash name directories of the tree (get_maintainer adds the slash for those).
     */
    public static Maintainers parse(String text, java.util.function.Predicate<String> isDirectory) {
        List<Section> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Section current = null;
        String previous = null;
        for (String line : lines) {
            var m = ENTRY.matcher(line);
            if (m.matches()) {
                if (current == null && previous != null && !previous.isBlank()
                        && !previous.startsWith("\t") && !previous.startsWith(" ")) {
                    current = new Section(previous.strip());
                    out.add(current);
                }
                if (current != null) {
                    String type = m.group(1);
                    String value = m.group(2);
                    if ((type.equals("F") || type.equals("X")) && !value.endsWith("/")
                            && !value.matches(".*[.*?].*") && isDirectory.test(value)) {
                        value = value + "/";
                    }
                    boolean glob = type.equals("F") || type.equals("X");
                    // F:/X: carry their literal prefix and regex, worked out once
                    current.add(glob ? new String[] {type, value, literalPrefix(value), glob(value)}
                            : new String[] {type, value});
                }
            } else {
                current = null;
            }
            previous = line;
        }
        return new Maintainers(out);
    }

    /** How many sections were read. */
    public int size() {
        return sections.size();
    }

    /**
     * The title of the section that names {@code path} most specifically, as get_maintainer
     * orders them (the deepest F: pattern; an N: regex counts as depth 0; X: excludes; the
     * first in the file among equals), or empty when only catch-all patterns ({@code *}, as in
     * THE REST) cover it.
     */
    public Optional<String> section(String path) {
        Section best = null;
        int bestDepth = -1;
        for (Map.Entry<Section, Integer> e : covering(path)) {
            if (e.getValue() > bestDepth) {
                best = e.getKey();
                bestDepth = e.getValue();
            }
        }
        return Optional.ofNullable(best).map(Section::name);
    }

    /**
     * To: and Cc: for a patch touching {@code paths}, whose changed lines are {@code changedLines}
     * (for K: keywords; may be empty).
     */
    public Recipients recipients(List<String> paths, List<String> changedLines) {
        List<Section> matched = new ArrayList<>();
        for (String path : paths) {
            covering(path).stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                    .forEach(e -> matched.add(e.getKey()));
        }
        for (Section s : sections) {
            for (String[] e : s.entries()) {
                if (e[0].equals("K") && matchesKeyword(e[1], changedLines)) {
                    matched.add(s);
                    break;
                }
            }
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        List<String> to = new ArrayList<>();
        Set<String> lists = new LinkedHashSet<>();
        List<String> cc = new ArrayList<>();
        for (Section s : new LinkedHashSet<>(matched)) {
            for (String[] e : s.entries()) {
                switch (e[0]) {
                    case "M", "R" -> person(e[1], names, addresses, to);
                    case "L" -> {
                        String[] parts = e[1].split("\\s+", 2);
                        boolean subscribersOnly = parts.length > 1 && parts[1].contains("subscribers-only");
                        if (!subscribersOnly && lists.add(parts[0].toLowerCase(Locale.ROOT))) {
                            cc.add(parts[0]);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new Recipients(to, cc);
    }

    private static void person(String value, Set<String> names, Set<String> addresses, List<String> to) {
        int lt = value.indexOf('<');
        int gt = value.indexOf('>', lt + 1);
        String name = lt > 0 ? value.substring(0, lt).strip() : "";
        String addr = lt >= 0 && gt > lt ? value.substring(lt + 1, gt).strip() : value.strip();
        if (addr.isEmpty() || addr.equalsIgnoreCase(CHIEF)) {
            return;
        }
        if (names.contains(name.toLowerCase(Locale.ROOT)) && !name.isEmpty()
                || addresses.contains(addr.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (!name.isEmpty()) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
        addresses.add(addr.toLowerCase(Locale.ROOT));
        to.add(name.isEmpty() ? addr : name + " <" + addr + ">");
    }

    /** The section's pattern depth for {@code path} (higher: more specific), or null when it does not cover it. */
    private static Integer match(Section s, String path) {
        for (String[] e : s.excludes()) {
            if (path.startsWith(e[2]) && fileMatches(path, e[3])) {
                return null;
            }
        }
        Integer depth = null;
        for (String[] e : s.patterns()) {
            if (e[0].equals("F") && path.startsWith(e[2])) {
                String p = e[3];
                if (fileMatches(path, p)) {
                    int d = slashes(p);
                    if (!p.endsWith("/")) {
                        d++;
                    }
                    if (p.startsWith(".*")) {
                        d = -1;
                    }
                    depth = d;
                }
            } else if (e[0].equals("N") && regexFind(e[1], path)) {
                depth = 0;
            }
        }
        return depth;
    }

    /** The start of a glob up to its first character that is not literal: no path outside it matches. */
    private static String literalPrefix(String value) {
        for (int i = 0; i < value.length(); i++) {
            if ("*?[](){}+|^$\\".indexOf(value.charAt(i)) >= 0) {
                return value.substring(0, i);
            }
        }
        return value;
    }

    /** get_maintainer's conversion of an F:/X: glob into a regex: '.' literal, '*' any, '?' one. */
    static String glob(String value) {
        return value.replace(".", "\\.").replace("*", ".*").replace("?", ".");
    }

    /** get_maintainer's {@code file_match_pattern}: a directory pattern is a prefix; a file pattern also needs as many slashes. */
    static boolean fileMatches(String file, String regex) {
        if (!regexLookingAt(regex, file)) {
            return false;
        }
        return regex.endsWith("/") || slashes(file) == slashes(regex);
    }

    private static boolean regexLookingAt(String regex, String s) {
        return compiled(regex, 0).map(p -> p.matcher(s).lookingAt()).orElse(false);
    }

    private static boolean regexFind(String regex, String s) {
        return compiled(regex, Pattern.COMMENTS).map(p -> p.matcher(s).find()).orElse(false);
    }

    private static Optional<Pattern> compiled(String regex, int flags) {
        // a map per flag, keyed by the entry's own string: its hash is kept, nothing is built per call
        Map<String, Optional<Pattern>> cache = flags == 0 ? COMPILED : COMPILED_COMMENTS;
        return cache.computeIfAbsent(regex, k -> {
            try {
                return Optional.of(Pattern.compile(regex, flags));
            } catch (PatternSyntaxException e) {
                return Optional.empty();
            }
        });
    }

    private static boolean matchesKeyword(String regex, List<String> lines) {
        return compiled(regex, Pattern.COMMENTS).map(p -> lines.stream().anyMatch(l -> p.matcher(l).find()))
                .orElse(false);
    }

    private static int slashes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }
}

package respin.core.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import respin.core.model.CFunction;
import respin.core.model.CTranslationUnit;
import respin.core.model.Span;

/**
 * Where a file uses names: every occurrence as an identifier outside comments, string
 * and character literals, except where the file declares or defines the name itself (a
 * prototype, a definition, a {@code static inline} stub). Calls, {@code symbol_get(f)}
 * and function pointers are uses.
 */
public final class SymbolUses {
    private SymbolUses() {
    }

    /** Uses of each of {@code names} in {@code u}, in file order; names not used are absent. */
    public static Map<String, List<Span>> in(CTranslationUnit u, Set<String> names) {
        Set<Integer> declared = new HashSet<>();
        for (CFunction f : u.functions()) {
            if (names.contains(f.name())) {
                declared.add(f.nameSpan().start());
            }
        }
        Map<String, List<Span>> out = new LinkedHashMap<>();
        String t = u.text();
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '/' && i + 1 < n && t.charAt(i + 1) == '*') {
                int end = t.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '/' && i + 1 < n && t.charAt(i + 1) == '/') {
                int end = t.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '"' || c == '\'') {
                i = literalEnd(t, i);
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_')) {
                    i++;
                }
                String word = t.substring(s, i);
                if (names.contains(word) && !declared.contains(s)) {
                    out.computeIfAbsent(word, k -> new ArrayList<>()).add(u.lines().span(s, i));
                }
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_')) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return out;
    }

    private static int literalEnd(String t, int start) {
        char q = t.charAt(start);
        int i = start + 1;
        while (i < t.length() && t.charAt(i) != q && t.charAt(i) != '\n') {
            i += t.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(t.length(), i + 1);
    }
}

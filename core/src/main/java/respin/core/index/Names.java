package respin.core.index;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** "Did you mean" for misspelled names: the closest known name within a small edit distance. */
public final class Names {
    private Names() {
    }

    /** {@code " (did you mean 'x'?)"}, or the empty string when nothing is close. */
    public static String suggestion(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Math.max(2, name.length() / 3) + 1;
        for (String k : known) {
            int d = distance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** {@code " (closest: x)"} with the known name nearest to {@code name}, however far; "" when none is known. */
    public static String closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name, k);
            if (d < bestDistance || d == bestDistance && k.compareTo(best) < 0) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (closest: " + best + ")";
    }

    /** The C identifiers in {@code text}, in order of first appearance (words, not numbers). */
    public static Set<String> identifiers(String text) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                if (!Character.isDigit(c)) {
                    out.add(text.substring(start, i));
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package respin.core.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import respin.core.model.CTranslationUnit;
import respin.core.model.source.Span;

/**
 * An exported symbol of a subsystem and its users outside the subsystem: the answer to
 * "can we stop exporting kvm_get_kvm?". {@code users} is empty when nothing outside
 * uses it.
 */
public record ExportUsers(Export export, List<Span> users) {

    /**
     * @param inside     the subsystem: path prefixes ({@code virt/kvm}, {@code arch/x86/kvm})
     * @param exporting  parsed files under those prefixes (where the exports are)
     * @param mentioning parsed files anywhere that mention the exported names
     */
    public static List<ExportUsers> of(List<String> inside, List<CTranslationUnit> exporting,
            List<CTranslationUnit> mentioning) {
        Map<String, Export> exports = new LinkedHashMap<>();
        for (CTranslationUnit u : exporting) {
            for (Export e : Export.in(u)) {
                exports.putIfAbsent(e.symbol(), e);
            }
        }
        Map<String, List<Span>> users = new LinkedHashMap<>();
        for (CTranslationUnit u : mentioning) {
            if (isInside(u.path(), inside)) {
                continue;
            }
            SymbolUses.in(u, exports.keySet()).forEach((name, spans) ->
                    users.computeIfAbsent(name, k -> new ArrayList<>()).addAll(spans));
        }
        List<ExportUsers> out = new ArrayList<>();
        for (Export e : exports.values()) {
            out.add(new ExportUsers(e, List.copyOf(users.getOrDefault(e.symbol(), List.of()))));
        }
        return out;
    }

    /** True when {@code path} is under one of the prefixes; {@code *} stands for one path component. */
    public static boolean isInside(String path, List<String> prefixes) {
        for (String p : prefixes) {
            String dir = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
            String regex = Pattern.quote(dir).replace("*", "\\E[^/]+\\Q") + "(/.*)?";
            if (path.matches(regex)) {
                return true;
            }
        }
        return false;
    }

    /** The exported names, for the candidate scan. */
    public static Set<String> names(List<CTranslationUnit> exporting) {
        Set<String> out = new LinkedHashSet<>();
        exporting.forEach(u -> Export.in(u).forEach(e -> out.add(e.symbol())));
        return out;
    }
}

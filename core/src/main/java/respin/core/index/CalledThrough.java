package respin.core.index;

import java.util.LinkedHashSet;
import java.util.Set;
import respin.core.model.CCall;
import respin.core.model.CFunction;
import respin.core.model.CTranslationUnit;

/**
 * The file-scope names that indexed files call through and no indexed file declares:
 * typing {@code zpci_kvm_hook.kvm_register(...)}'s parameters needs the header that
 * declares {@code zpci_kvm_hook}, which no recipe names. The pipeline indexes the
 * headers that declare them before planning, so the index does not grow while a plan runs.
 */
public final class CalledThrough {
    private CalledThrough() {
    }

    /** The leading names of calls through members ({@code a.b(...)}, {@code a->b(...)}) that {@code index} does not declare. */
    public static Set<String> undeclared(SymbolIndex index) {
        Set<String> out = new LinkedHashSet<>();
        for (CTranslationUnit u : index.units()) {
            for (CCall call : u.calls()) {
                if (call.direct()) {
                    continue;
                }
                String base = leadingName(call.callee());
                if (base.isEmpty() || out.contains(base) || !index.variables(base).isEmpty()) {
                    continue;
                }
                CFunction f = u.enclosingFunction(call.span().start());
                if (f == null || !f.declares(base, call.span().start())) {
                    out.add(base);
                }
            }
        }
        return out;
    }

    /** The identifier {@code callee} starts with, or "" when it starts otherwise. */
    private static String leadingName(String callee) {
        int i = 0;
        while (i < callee.length() && (Character.isLetterOrDigit(callee.charAt(i)) || callee.charAt(i) == '_')) {
            i++;
        }
        return i > 0 && !Character.isDigit(callee.charAt(0)) ? callee.substring(0, i) : "";
    }
}

package respin.core.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import respin.core.edit.EditSet;
import respin.core.edit.TextEdit;
import respin.core.index.SymbolIndex;
import respin.core.model.CTranslationUnit;

/**
 * The files of every step of a plan: for step k, each file the plan touches with the
 * edits of steps 1..k applied to its base bytes. Edits are all anchored on the base,
 * so a step's files never depend on how an earlier step was printed. An edit made with
 * {@link PlanContext#editAgain} takes the place of an earlier step's edit of the same bytes.
 * The files are kept as bytes only (one per char of the text), the form commits take, so a
 * treewide series does not hold every new file twice.
 */
public final class StepContents {
    private final List<Map<String, byte[]>> steps = new ArrayList<>();
    private final Map<String, String> base = new LinkedHashMap<>();

    public StepContents(Plan plan, SymbolIndex index) {
        Map<String, EditSet> cumulative = new LinkedHashMap<>();
        for (PlannedStep step : plan.steps()) {
            Set<String> touched = new LinkedHashSet<>();
            // the edits of earlier steps, copied only for the files this step touches
            Map<String, List<TextEdit>> earlier = new LinkedHashMap<>();
            for (TextEdit e : step.edits()) {
                List<TextEdit> before = earlier.computeIfAbsent(e.path(), p -> {
                    EditSet prior = cumulative.get(p);
                    return prior == null ? List.of() : prior.edits();
                });
                EditSet set = cumulative.computeIfAbsent(e.path(), EditSet::new);
                if (e.why().contains(PlanContext.AGAIN)) {
                    for (TextEdit o : before) {
                        if (o.start() < o.end() && o.start() == e.start() && o.end() == e.end()) {
                            set.remove(o); // a later step writes these bytes again
                        }
                    }
                }
                set.add(e);
                touched.add(e.path());
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String path : touched) {
                CTranslationUnit u = index.unit(path).orElseThrow();
                base.putIfAbsent(path, u.text());
                files.put(path, cumulative.get(path).apply(u.text()).getBytes(StandardCharsets.ISO_8859_1));
            }
            steps.add(files);
        }
    }

    /** Changed files of step {@code i} (0-based) with their full new text (made on each call). */
    public Map<String, String> step(int i) {
        Map<String, String> out = new LinkedHashMap<>();
        steps.get(i).forEach((p, b) -> out.put(p, new String(b, StandardCharsets.ISO_8859_1)));
        return out;
    }

    /** Changed files of step {@code i} (0-based) with their new bytes: the arrays themselves, not to be changed. */
    public Map<String, byte[]> stepBytes(int i) {
        return Collections.unmodifiableMap(steps.get(i));
    }

    public int size() {
        return steps.size();
    }

    /** Every changed file with its text after the last step. */
    public Map<String, String> last() {
        Map<String, String> out = new LinkedHashMap<>();
        lastBytes().forEach((p, b) -> out.put(p, new String(b, StandardCharsets.ISO_8859_1)));
        return out;
    }

    /** Every changed file with its bytes after the last step (one byte per char of its text; shared arrays). */
    public Map<String, byte[]> lastBytes() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        steps.forEach(out::putAll);
        return out;
    }

    /** The base text of every changed file. */
    public Map<String, String> base() {
        return base;
    }
}

package respin.cli;

import java.io.PrintWriter;
import respin.core.pipeline.GrepReport;

/** Prints {@code respin explain --grep}: a row of hit counts per name, then the unexplained hits. */
final class GrepTable {
    private GrepTable() {
    }

    /** Prints {@code r}; returns the exit code (1 when a hit is unexplained). */
    static int print(PrintWriter out, GrepReport r) {
        out.printf("%-40s %6s %8s %8s %7s %7s %13s %7s %9s %12s%n", "name", "hits", "in plan", "comment", "string",
                "export", "other struct", "macro", "unnamed", "unexplained");
        for (String name : r.table().keySet()) {
            out.printf("%-40s %6d %8d %8d %7d %7d %13d %7d %9d %12d%n", name, r.total(name), r.count(name, "plan"),
                    r.count(name, "comment"), r.count(name, "string"), r.count(name, "export"), r.count(name, "other"),
                    r.count(name, "macro"), r.count(name, "unnamed"), r.count(name, "unexplained"));
        }
        out.printf("%nexport: EXPORT_SYMBOL lines and symbol_put(), which only drop a module reference.%n"
                + "other struct: the member of a struct the recipe does not retype, as the model types it.%n"
                + "macro: in a #define whose base the model cannot type (a macro parameter).%n"
                + "unnamed: a member whose struct the model cannot type, in a file that names no retyped struct%n"
                + "  and no struct embedding one (the files the candidate scan did not pick).%n");
        out.printf("%nunexplained: %s%n", r.unexplained().isEmpty() ? "none" : "");
        r.unexplained().forEach(u -> out.printf("  %s%n", u));
        return r.unexplained().isEmpty() ? 0 : Main.PROBLEMS;
    }
}

package respin.core.check.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import respin.core.check.patch.PatchText;

/**
 * Reads checkpatch.pl's {@code --emacs --show-types} report back into findings: each finding's
 * first line names the file and line, then come the rest of its message, its {@code #N:} line
 * and the patch text it shows, up to the next finding or the file's {@code total:} line.
 */
public final class CheckpatchReport {
    private static final Pattern HEADER = Pattern.compile("^(.+?):(\\d+): (ERROR|WARNING|CHECK):([A-Z0-9_]+): (.*)$");
    private static final Pattern CONTEXT = Pattern.compile("^#(\\d+): (?:FILE: (.*):(-?\\d+):)?$");

    private CheckpatchReport() {}

    /** The findings of each of {@code files} (the names the script was given), for {@code patches}. */
    public static List<List<Finding>> parse(String report, List<String> files, List<PatchText> patches) {
        Map<String, Integer> index = new HashMap<>();
        List<List<Finding>> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            index.put(files.get(i), i);
            out.add(new ArrayList<>());
        }
        List<String> block = null;
        int patch = -1;
        for (String line : (report + "\n").split("\n", -1)) {
            Matcher h = HEADER.matcher(line);
            if (h.find() && index.containsKey(h.group(1))) {
                add(out, patches, patch, block);
                patch = index.get(h.group(1));
                block = new ArrayList<>(List.of(line));
            } else if (line.startsWith("total: ")) {
                add(out, patches, patch, block);
                block = null;
            } else if (block != null) {
                block.add(line);
            }
        }
        add(out, patches, patch, block);
        return out;
    }

    private static void add(List<List<Finding>> out, List<PatchText> patches, int patch, List<String> block) {
        if (block == null) {
            return;
        }
        while (block.size() > 1 && block.get(block.size() - 1).isEmpty()) {
            block.remove(block.size() - 1);
        }
        Matcher h = HEADER.matcher(block.get(0));
        h.find();
        Level level = Level.valueOf(h.group(3));
        StringBuilder message = new StringBuilder(h.group(5));
        int i = 1;
        Matcher c = null;
        for (; i < block.size(); i++) {
            c = CONTEXT.matcher(block.get(i));
            if (c.find()) {
                break;
            }
            message.append('\n').append(block.get(i));
            c = null;
        }
        PatchText p = patches.get(patch);
        if (c == null) {
            int at = Integer.parseInt(h.group(2));
            Integer line = at == p.handleLine() ? null : at;
            out.get(patch).add(new Finding(level, h.group(4), message.toString(), null, null, line, null, false));
            return;
        }
        String text = String.join("\n", block.subList(i + 1, block.size()));
        Integer newLine = c.group(3) == null ? null : Integer.valueOf(c.group(3));
        out.get(patch).add(new Finding(level, h.group(4), message.toString(), c.group(2), newLine,
                Integer.valueOf(c.group(1)), text, false));
    }
}

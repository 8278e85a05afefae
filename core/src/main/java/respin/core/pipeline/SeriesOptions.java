package respin.core.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import respin.core.plan.Recipe;
import respin.core.plan.Split;
import respin.core.series.commit.Identities;
import respin.core.series.commit.Identity;
import respin.core.series.commit.SeriesException;
import respin.core.series.commit.Templates;
import respin.core.series.state.SeriesVersion;

/**
 * How a version of a series is written, as the series state records it for the next version:
 * subject prefix, cover letter, threading, {@code --to}/{@code --cc} (with {@code auto}), subject
 * prefixes from history ({@code prefixDepth} commits, null: the recipe's own), the templates
 * (null: the built-in ones) and the split of every step ({@code --split}; null: the recipe's own).
 */
public record SeriesOptions(String subjectPrefix, boolean coverLetter, boolean thread, List<String> to,
        List<String> cc, Integer prefixDepth, Path templates, Split split) {
    /** The subject prefix, the cover letter and no other option. */
    public static final SeriesOptions DEFAULT = new SeriesOptions("PATCH", true, false, List.of(), List.of(), null,
            null, null);

    public SeriesOptions {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    /** Without a split of its own: each step splits as the recipe says. */
    public SeriesOptions(String subjectPrefix, boolean coverLetter, boolean thread, List<String> to, List<String> cc,
            Integer prefixDepth, Path templates) {
        this(subjectPrefix, coverLetter, thread, to, cc, prefixDepth, templates, null);
    }

    /** These options with every step split as {@code s} (null: as the recipe says). */
    public SeriesOptions withSplit(Split s) {
        return new SeriesOptions(subjectPrefix, coverLetter, thread, to, cc, prefixDepth, templates, s);
    }

    /** {@code recipe} with the split of these options, if they have one. */
    public Recipe splitting(Recipe recipe) {
        return split == null ? recipe : recipe.withSplit(split);
    }

    /** The options {@code v} was made with. */
    public static SeriesOptions of(SeriesVersion v) {
        String depth = v.option("prefix-from-history");
        String dir = v.option("templates");
        String split = v.option("split");
        return new SeriesOptions(v.option("subject-prefix") != null ? v.option("subject-prefix") : "PATCH",
                !"false".equals(v.option("cover-letter")), "true".equals(v.option("thread")),
                v.options().getOrDefault("to", List.of()), v.options().getOrDefault("cc", List.of()),
                depth != null ? Integer.valueOf(depth) : null, dir != null ? Path.of(dir) : null,
                split == null ? null : Split.parse(split).orElseThrow(() -> new SeriesException("v" + v.number()
                        + " of the series state has the split '" + split + "'; expected " + Split.expected())));
    }

    /** {@code signoff} ({@code Name <email>}) if given, else the identity {@code v} was signed with; at {@code date}. */
    public static Identity signer(SeriesVersion v, String signoff, String date) {
        String who = signoff != null ? signoff : v.option("signoff");
        String[] p = Identities.person(who != null ? who : "respin user <respin@localhost>", null);
        return Identity.of(p[0], p[1], Identities.when(date));
    }

    public Templates templateSet() {
        return templates == null ? Templates.builtin() : Templates.from(templates);
    }

    /** The options as the series state records them, signed by {@code signer}. */
    public Map<String, List<String>> record(Identity signer) {
        Map<String, List<String>> o = new LinkedHashMap<>();
        o.put("signoff", List.of(signer.nameAndEmail()));
        o.put("subject-prefix", List.of(subjectPrefix));
        o.put("cover-letter", List.of(Boolean.toString(coverLetter)));
        o.put("thread", List.of(Boolean.toString(thread)));
        if (!to.isEmpty()) {
            o.put("to", to);
        }
        if (!cc.isEmpty()) {
            o.put("cc", cc);
        }
        if (prefixDepth != null) {
            o.put("prefix-from-history", List.of(prefixDepth.toString()));
        }
        if (templates != null) {
            o.put("templates", List.of(templates.toAbsolutePath().toString()));
        }
        if (split != null) {
            o.put("split", List.of(split.toString()));
        }
        return o;
    }
}

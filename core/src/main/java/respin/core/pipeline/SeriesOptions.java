package respin.core.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import respin.core.series.commit.Identities;
import respin.core.series.commit.Identity;
import respin.core.series.commit.Templates;
import respin.core.series.state.SeriesVersion;

/**
 * How a version of a series is written, as the series state records it for the next version:
 * subject prefix, cover letter, threading, {@code --to}/{@code --cc} (with {@code auto}), subject
 * prefixes from history ({@code prefixDepth} commits, null: the recipe's own) and the templates
 * (null: the built-in ones).
 */
public record SeriesOptions(String subjectPrefix, boolean coverLetter, boolean thread, List<String> to,
        List<String> cc, Integer prefixDepth, Path templates) {
    /** The subject prefix, the cover letter and no other option. */
    public static final SeriesOptions DEFAULT = new SeriesOptions("PATCH", true, false, List.of(), List.of(), null,
            null);

    public SeriesOptions {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    /** The options {@code v} was made with. */
    public static SeriesOptions of(SeriesVersion v) {
        String depth = v.option("prefix-from-history");
        String dir = v.option("templates");
        return new SeriesOptions(v.option("subject-prefix") != null ? v.option("subject-prefix") : "PATCH",
                !"false".equals(v.option("cover-letter")), "true".equals(v.option("thread")),
                v.options().getOrDefault("to", List.of()), v.options().getOrDefault("cc", List.of()),
                depth != null ? Integer.valueOf(depth) : null, dir != null ? Path.of(dir) : null);
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
        return o;
    }
}

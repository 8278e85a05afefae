package respin.core.series.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One version of a series as the series state records it: where it was made (base commit,
 * branch, the last generated commit), how (the recipe's name and its whole text, the options),
 * what it says (cover letter subject and blurb, the "Changes in vN" bullets) and what it holds
 * (one {@link PatchRecord} per generated patch, every site the plan looked at).
 *
 * @param options option name to its values, in the order given ({@code signoff}, {@code to}, ...)
 * @param sites   {@code file: decision} lines of the plan's sites, without line numbers
 */
public record SeriesVersion(int number, ObjectId base, String branch, ObjectId tip, String recipeName,
        String recipeText, Map<String, List<String>> options, String coverSubject, String coverBlurb,
        List<String> changes, List<PatchRecord> patches, List<String> sites) {
    public SeriesVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1: " + number);
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(tip, "tip");
        Objects.requireNonNull(recipeName, "recipeName");
        recipeText = recipeText == null ? "" : recipeText;
        Map<String, List<String>> opts = new LinkedHashMap<>();
        (options == null ? Map.<String, List<String>>of() : options).forEach((k, v) -> opts.put(k, List.copyOf(v)));
        options = java.util.Collections.unmodifiableMap(opts);
        coverSubject = coverSubject == null ? "" : coverSubject;
        coverBlurb = coverBlurb == null ? "" : coverBlurb;
        changes = changes == null ? List.of() : List.copyOf(changes);
        patches = List.copyOf(patches);
        sites = sites == null ? List.of() : List.copyOf(sites);
    }

    /** The SHA-256 of the recipe text (UTF-8), in hex: what identifies the recipe a version was made with. */
    public String recipeSha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(recipeText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /** The single value of an option, or {@code null} when it was not given. */
    public String option(String name) {
        List<String> v = options.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** This version with other "Changes in vN" bullets and blurb (the user's edits of its cover letter). */
    public SeriesVersion withCover(String blurb, List<String> newChanges) {
        return new SeriesVersion(number, base, branch, tip, recipeName, recipeText, options, coverSubject, blurb,
                newChanges, patches, sites);
    }
}

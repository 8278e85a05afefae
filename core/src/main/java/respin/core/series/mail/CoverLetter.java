package respin.core.series.mail;

import java.util.List;
import java.util.Objects;

/**
 * What a human writes in a cover letter: the subject after {@code [PATCH 0/n]}, the blurb,
 * the items respin could not do itself, and for a respin the changelog ("Changes in vN:"
 * sections) and the range-diff against the previous version. The shortlog, diffstat and
 * {@code base-commit:} are added by {@link FormatPatch}; the layout comes from
 * {@code cover-letter.mustache}.
 *
 * @param subject         one line
 * @param blurb           free text, possibly several paragraphs
 * @param leftForHuman    one line each; an empty list omits the "Left for a human:" section
 * @param changelog       the "Changes in vN:" sections, newest first, or empty
 * @param rangeDiff       {@code git range-diff} text against the previous version, or empty
 * @param previousVersion the version the range-diff is against (0 when there is none)
 */
public record CoverLetter(String subject, String blurb, List<String> leftForHuman, String changelog,
        String rangeDiff, int previousVersion) {
    public CoverLetter {
        Objects.requireNonNull(subject, "subject");
        blurb = blurb == null ? "" : blurb;
        leftForHuman = leftForHuman == null ? List.of() : List.copyOf(leftForHuman);
        changelog = changelog == null ? "" : changelog;
        rangeDiff = rangeDiff == null ? "" : rangeDiff;
    }

    public CoverLetter(String subject, String blurb, List<String> leftForHuman) {
        this(subject, blurb, leftForHuman, "", "", 0);
    }
}

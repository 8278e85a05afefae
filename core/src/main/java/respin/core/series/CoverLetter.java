package respin.core.series;

import java.util.List;
import java.util.Objects;

/**
 * What a human writes in a cover letter: the subject after {@code [PATCH 0/n]}, the blurb,
 * and the items respin could not do itself. The shortlog, diffstat and {@code base-commit:}
 * are added by {@link FormatPatch}; the layout comes from {@code cover-letter.mustache}.
 *
 * @param subject      one line
 * @param blurb        free text, possibly several paragraphs
 * @param leftForHuman one line each; an empty list omits the "Left for a human:" section
 */
public record CoverLetter(String subject, String blurb, List<String> leftForHuman) {
    public CoverLetter {
        Objects.requireNonNull(subject, "subject");
        blurb = blurb == null ? "" : blurb;
        leftForHuman = leftForHuman == null ? List.of() : List.copyOf(leftForHuman);
    }
}

package respin.core.series.mail;

import org.eclipse.jgit.revwalk.RevCommit;
import respin.core.series.kernel.Recipients;

/**
 * Who one patch goes to, decided from its draft: the mail exactly as it is written, but
 * without {@code To:} and {@code Cc:} (the file {@code get_maintainer.pl} would read).
 * {@link FormatPatch} asks once per patch and writes each file once.
 */
@FunctionalInterface
public interface Addressing {
    /** The recipients of the {@code index}-th patch (0-based) of the series. */
    Recipients of(int index, RevCommit commit, PatchFile draft);
}

package respin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import respin.core.pipeline.SeriesOptions;

/** The options of {@code respin series} that shape the mails: prefixes, recipients, threading. */
final class MailOptions {
    @Option(names = "--thread", description = "Message-Id, In-Reply-To and References as git's --thread "
            + "(shallow: every patch replies to the cover letter); the ids follow --date, so they repeat.")
    boolean thread;

    @Option(names = "--to", paramLabel = "auto|ADDR", description = "To: header on every mail; 'auto': the "
            + "maintainers and reviewers MAINTAINERS names for each patch's files (the cover letter: all). Repeatable.")
    List<String> to = new ArrayList<>();

    @Option(names = "--cc", paramLabel = "auto|ADDR", description = "Cc: header on every mail; 'auto': the "
            + "mailing lists MAINTAINERS names for each patch's files (the cover letter: all). Repeatable.")
    List<String> cc = new ArrayList<>();

    @Option(names = "--prefix-from-history", paramLabel = "N", arity = "0..1", fallbackValue = "50",
            description = "Subject prefixes (KVM: x86:) from the last N commits touching each patch's files "
                    + "(default N: ${FALLBACK-VALUE}), instead of the recipe's; a step without a prefix always gets one.")
    Integer prefixDepth;

    SeriesOptions options(String subjectPrefix, boolean coverLetter, Path templates) {
        return new SeriesOptions(subjectPrefix, coverLetter, thread, to, cc, prefixDepth, templates);
    }
}

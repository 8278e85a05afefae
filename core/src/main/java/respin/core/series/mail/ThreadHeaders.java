package respin.core.series.mail;

import java.util.List;
import respin.core.series.diff.xdiff.ByteBuf;

/**
 * The threading headers git's {@code format-patch --thread} writes right after the mbox
 * {@code From} line: {@code Message-Id:}, then {@code In-Reply-To:} the last reference and
 * {@code References:} all of them. A null message id writes nothing.
 */
record ThreadHeaders(String messageId, List<String> references) {
    static final ThreadHeaders NONE = new ThreadHeaders(null, List.of());

    ThreadHeaders {
        references = List.copyOf(references);
    }

    /** Git's {@code <base>.<time>.git.<committer email>}; respin's time is the commit date, so ids repeat. */
    static String id(String base, long epochSeconds, String email) {
        return base + "." + epochSeconds + ".git." + email;
    }

    void write(ByteBuf out) {
        if (messageId == null) {
            return;
        }
        out.add("Message-Id: <" + messageId + ">\n");
        if (!references.isEmpty()) {
            out.add("In-Reply-To: <" + references.get(references.size() - 1) + ">\n");
            for (int i = 0; i < references.size(); i++) {
                out.add((i > 0 ? "\t" : "References: ") + "<" + references.get(i) + ">\n");
            }
        }
    }
}

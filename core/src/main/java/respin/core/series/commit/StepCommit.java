package respin.core.series.commit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a series, to become one commit: its subject line (already prefixed, as in
 * {@code "KVM: x86: Pass a file to kvm_foo()"}), its body paragraphs (possibly empty) and the
 * new bytes of every path it changes, in order. A {@code null} value deletes the path.
 *
 * @param subject one line, without a trailing newline
 * @param body    the paragraphs after the subject, or the empty string
 * @param files   repository-relative paths ({@code "arch/x86/kvm/x86.c"}) to new content or
 *                {@code null}; the map is copied, the arrays are not
 */
public record StepCommit(String subject, String body, Map<String, byte[]> files) {
    public StepCommit {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(files, "files");
        body = body == null ? "" : body;
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
}

package respin.core.series.commit;

import java.util.Optional;

/**
 * Branch names as {@code git check-ref-format --branch} checks them: the rules of
 * git-check-ref-format(1) for {@code refs/heads/NAME}, and neither {@code HEAD} nor a name
 * starting with {@code -}.
 */
public final class BranchNames {
    private BranchNames() {
    }

    /** Why {@code name} is not a valid branch name, or empty when it is one. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (name.equals("HEAD")) {
            return Optional.of("HEAD names the current commit, not a branch");
        }
        if (name.startsWith("-")) {
            return Optional.of("it starts with '-'");
        }
        if (name.equals("@")) {
            return Optional.of("'@' alone means HEAD");
        }
        if (name.contains("@{")) {
            return Optional.of("it contains '@{'");
        }
        if (name.contains("..")) {
            return Optional.of("it contains '..'");
        }
        if (name.startsWith("/") || name.endsWith("/") || name.contains("//")) {
            return Optional.of("it has an empty part between '/'");
        }
        if (name.endsWith(".")) {
            return Optional.of("it ends with '.'");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || " ~^:?*[\\".indexOf(c) >= 0) {
                return Optional.of(c < 0x20 || c == 0x7f ? "it contains a control character"
                        : "it contains '" + c + "'");
            }
        }
        for (String part : name.split("/")) {
            if (part.startsWith(".")) {
                return Optional.of("a part starts with '.'");
            }
            if (part.endsWith(".lock")) {
                return Optional.of("a part ends with '.lock'");
            }
        }
        return Optional.empty();
    }
}

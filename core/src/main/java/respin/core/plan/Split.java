package respin.core.plan;

import java.util.Optional;

/**
 * How a step becomes patches: {@code none} (one patch), {@code by-maintainer} (one patch per
 * MAINTAINERS section, as {@code get_maintainer.pl} picks the most specific one for each file;
 * files no section names go by directory) or {@code by-directory[=DEPTH]} (one patch per
 * directory of DEPTH path components, 2 by default; a file shallower than that goes with its
 * own directory).
 */
public record Split(Kind kind, int depth) {
    /** The default: one patch per step. */
    public static final Split NONE = new Split(Kind.NONE, 0);
    /** Directory depth of {@code by-directory} without {@code =DEPTH}, and of by-maintainer's leftovers. */
    public static final int DEFAULT_DEPTH = 2;

    /** The ways to split. */
    public enum Kind {
        NONE, BY_MAINTAINER, BY_DIRECTORY
    }

    /**
     * {@code spec} read: {@code none}, {@code by-maintainer}, {@code by-directory} or
     * {@code by-directory=N} (N from 1); empty when it is none of these.
     */
    public static Optional<Split> parse(String spec) {
        String s = spec == null ? "" : spec.strip();
        if (s.equals("none")) {
            return Optional.of(NONE);
        }
        if (s.equals("by-maintainer")) {
            return Optional.of(new Split(Kind.BY_MAINTAINER, DEFAULT_DEPTH));
        }
        if (s.equals("by-directory")) {
            return Optional.of(new Split(Kind.BY_DIRECTORY, DEFAULT_DEPTH));
        }
        if (s.startsWith("by-directory=") && s.length() <= "by-directory=".length() + 2
                && s.substring("by-directory=".length()).chars().allMatch(Character::isDigit)
                && s.length() > "by-directory=".length()) {
            int depth = Integer.parseInt(s.substring("by-directory=".length()));
            return depth < 1 ? Optional.empty() : Optional.of(new Split(Kind.BY_DIRECTORY, depth));
        }
        return Optional.empty();
    }

    /** What a split value may be, for error messages. */
    public static String expected() {
        return "none, by-maintainer, by-directory or by-directory=DEPTH (DEPTH from 1 to 99)";
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case BY_MAINTAINER -> "by-maintainer";
            case BY_DIRECTORY -> depth == DEFAULT_DEPTH ? "by-directory" : "by-directory=" + depth;
        };
    }
}

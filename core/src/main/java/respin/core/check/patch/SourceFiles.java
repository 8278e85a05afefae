package respin.core.check.patch;

import java.util.regex.Pattern;

/** The file-name tests checkpatch.pl applies before its groups of code checks. */
public final class SourceFiles {
    /** Files checked for line length and a missing newline at the end. */
    public static final Pattern SOURCE = Pattern.compile("\\.(h|c|rs|s|S|sh|dtsi|dts)$");
    /**
     * Files checked for indentation and spaces: C and device tree. (checkpatch names .pl too,
     * but only after it has already left every file that {@link #SOURCE} does not accept.)
     */
    public static final Pattern INDENTED = Pattern.compile("\\.(h|c|dtsi|dts)$");

    /** Files checked as C: the statement, brace, spacing and declaration checks. */
    public static final Pattern C = Pattern.compile("\\.(h|c)$");

    private SourceFiles() {}

    /** Whether {@code line} is in a file whose name {@code kind} accepts. */
    public static boolean in(PatchLine line, Pattern kind) {
        return kind.matcher(line.file() == null ? "" : line.file()).find();
    }

    /** Whether {@code line} is an added line of a file whose name {@code kind} accepts. */
    public static boolean addedIn(PatchLine line, Pattern kind) {
        return line.added() && kind.matcher(line.file() == null ? "" : line.file()).find();
    }
}

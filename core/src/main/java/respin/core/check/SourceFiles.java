package respin.core.check;

import java.util.regex.Pattern;

/** The file-name tests checkpatch.pl applies before its groups of code checks. */
final class SourceFiles {
    /** Files checked for line length and a missing newline at the end. */
    static final Pattern SOURCE = Pattern.compile("\\.(h|c|rs|s|S|sh|dtsi|dts)$");
    /**
     * Files checked for indentation and spaces: C and device tree. (checkpatch names .pl too,
     * but only after it has already left every file that {@link #SOURCE} does not accept.)
     */
    static final Pattern INDENTED = Pattern.compile("\\.(h|c|dtsi|dts)$");

    private SourceFiles() {}

    /** Whether {@code line} is an added line of a file whose name {@code kind} accepts. */
    static boolean addedIn(PatchLine line, Pattern kind) {
        return line.added() && kind.matcher(line.file() == null ? "" : line.file()).find();
    }
}

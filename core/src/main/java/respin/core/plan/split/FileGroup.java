package respin.core.plan.split;

/**
 * A group of files that go in one patch: a MAINTAINERS section ({@code section} true, {@code name}
 * the section's title) or a directory ({@code name} its path with a trailing slash).
 */
public record FileGroup(String name, boolean section) implements Comparable<FileGroup> {

    /** The group in a sentence: {@code the MAINTAINERS section "I2C SUBSYSTEM"}, {@code the directory drivers/misc/}. */
    public String about() {
        return section ? "the MAINTAINERS section \"" + name + "\"" : "the directory " + name;
    }

    /** Sections first, by name as sorted without case, then directories by path. */
    @Override
    public int compareTo(FileGroup o) {
        if (section != o.section) {
            return section ? -1 : 1;
        }
        int c = String.CASE_INSENSITIVE_ORDER.compare(name, o.name);
        return c != 0 ? c : name.compareTo(o.name);
    }

    /** A patch id's part for this group: lower case, runs of other characters as one '-'. */
    public String slug() {
        StringBuilder out = new StringBuilder();
        for (char ch : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            boolean keep = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9';
            if (keep) {
                out.append(ch);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.length() == 0 ? "root" : out.toString();
    }
}

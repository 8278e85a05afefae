package respin.core.edit;

/** Kernel layout arithmetic: columns with 8-wide tabs, indentation, tab-aligned gaps. */
public final class Layout {
    public static final int TAB = 8;

    private Layout() {
    }

    /** The 0-based display column reached after {@code s}, starting at column {@code col}. */
    public static int column(int col, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            col = s.charAt(i) == '\t' ? (col / TAB + 1) * TAB : col + 1;
        }
        return col;
    }

    /** Offset where the line holding {@code offset} starts. */
    public static int lineStart(String text, int offset) {
        int i = text.lastIndexOf('\n', offset - 1);
        return i + 1;
    }

    /** Offset just past the newline that ends the line holding {@code offset} (or the text's end). */
    public static int nextLineStart(String text, int offset) {
        int i = text.indexOf('\n', offset);
        return i < 0 ? text.length() : i + 1;
    }

    /** The blanks that start the line holding {@code offset}. */
    public static String indentation(String text, int offset) {
        int s = lineStart(text, offset);
        int e = s;
        while (e < text.length() && (text.charAt(e) == '\t' || text.charAt(e) == ' ')) {
            e++;
        }
        return text.substring(s, e);
    }

    /** The display column of {@code offset} within its line. */
    public static int columnOf(String text, int offset) {
        return column(0, text.substring(lineStart(text, offset), offset));
    }

    /**
     * Blanks that lead from column {@code from} to column {@code target} the kernel way
     * (tabs, then spaces); at least one blank, a single tab if {@code target} is already passed.
     */
    public static String gap(int from, int target, boolean tabs) {
        if (!tabs) {
            return " ".repeat(Math.max(1, target - from));
        }
        if (target <= from) {
            return "\t";
        }
        StringBuilder sb = new StringBuilder();
        int col = from;
        while ((col / TAB + 1) * TAB <= target) {
            sb.append('\t');
            col = (col / TAB + 1) * TAB;
        }
        sb.append(" ".repeat(target - col));
        return sb.toString();
    }

    /** {@code struct file *} and {@code kvm} joined as C writes them: {@code struct file *kvm}. */
    public static String declaration(String type, String name) {
        String t = type.strip();
        return t.endsWith("*") ? t + name : t + " " + name;
    }
}

package respin.core.model;

import respin.core.model.source.Span;

/** A preprocessor line (with continuations): {@code keyword} is {@code if}, {@code ifdef}, {@code define}... */
public record CDirective(String keyword, String text, Span span) implements CNode {

    /**
     * The macro a {@code #define}, {@code #undef}, {@code #ifdef} or {@code #ifndef} line
     * names ({@code KVM_MAX_VCPUS} in {@code # define KVM_MAX_VCPUS 4096}), or null for any
     * other line.
     */
    public String macroName() {
        if (!keyword.equals("define") && !keyword.equals("undef") && !keyword.equals("ifdef")
                && !keyword.equals("ifndef")) {
            return null;
        }
        int i = text.indexOf(keyword) + keyword.length();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        while (i < text.length() && (text.charAt(i) == '_' || Character.isLetterOrDigit(text.charAt(i)))) {
            i++;
        }
        return i > start && !Character.isDigit(text.charAt(start)) ? text.substring(start, i) : null;
    }

    public boolean opensConditional() {
        return keyword.equals("if") || keyword.equals("ifdef") || keyword.equals("ifndef");
    }
}

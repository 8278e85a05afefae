package respin.core.model;

/** A preprocessor line (with continuations): {@code keyword} is {@code if}, {@code ifdef}, {@code define}... */
public record CDirective(String keyword, String text, Span span) implements CNode {

    public boolean opensConditional() {
        return keyword.equals("if") || keyword.equals("ifdef") || keyword.equals("ifndef");
    }
}

package respin.core.parse.tree;

/** Where an expression parse stands: the next token, the end of its range, and why it failed (or null). */
final class Cursor {
    int p;
    int end;
    String why;
}

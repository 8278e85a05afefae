package respin.core.parse;

import java.util.Random;

/** Random edits of a source text: bytes and token-like pieces inserted, deleted, duplicated, swapped. */
final class Mutants {
    private static final String[] PIECES = {"{", "}", "(", ")", ";", "*", ",", "#if 0\n", "#endif\n", "#else\n",
        "/*", "*/", "\"", "'", "\\\n", "struct ", "if (", "else ", "\0", "\r\n", "\t", "->", "[", "]", "=", "#define X(",
        "__attribute__((", "asm(", "typedef ", "enum {", "}}}}", "{{{{"};

    private Mutants() {
    }

    static String mutate(String text, Random r) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(8);
        for (int k = 0; k < edits; k++) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
            switch (r.nextInt(5)) {
                case 0 -> sb.insert(at, PIECES[r.nextInt(PIECES.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(64)));
                case 2 -> {
                    int end = Math.min(sb.length(), at + 1 + r.nextInt(400));
                    sb.insert(at, sb.substring(at, end));
                }
                case 3 -> sb.insert(at, (char) r.nextInt(256));
                default -> {
                    int end = Math.min(sb.length(), at + 1 + r.nextInt(200));
                    String cut = sb.substring(at, end);
                    sb.delete(at, end);
                    sb.insert(sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1), cut);
                }
            }
        }
        return sb.toString();
    }
}

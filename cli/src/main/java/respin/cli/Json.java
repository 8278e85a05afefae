package respin.cli;

/** The little JSON the commands print for machines: strings escaped, spans as objects. */
final class Json {
    private Json() {
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static String span(respin.core.model.source.Span s) {
        return s == null ? "null" : "{\"file\": " + str(s.file()) + ", \"line\": " + s.line() + ", \"col\": " + s.col()
                + "}";
    }
}

package respin.cli;

import java.util.Map;

/** When to colour, as git's {@code --color=WHEN}; {@code auto} also honours {@code NO_COLOR}. */
enum ColorWhen {
    auto, always, never;

    /** Whether to colour output going to a terminal or not, with this environment. */
    boolean on(boolean terminal, Map<String, String> env) {
        return switch (this) {
            case always -> true;
            case never -> false;
            case auto -> terminal && env.getOrDefault("NO_COLOR", "").isEmpty();
        };
    }
}

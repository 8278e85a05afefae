package respin.core.check;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of checkpatch.pl's findings respin's rules mirror: every message of most types respin
 * reports, and for SPACING only the sub-cases it implements.
 */
final class Implemented {
    /** Every type the default rules report. */
    static final Set<String> TYPES = Set.of(
            "TRAILING_WHITESPACE", "DOS_LINE_ENDINGS", "LONG_LINE", "LONG_LINE_COMMENT",
            "LONG_LINE_STRING", "MISSING_EOF_NEWLINE", "CODE_INDENT", "SPACE_BEFORE_TAB",
            "LEADING_SPACE", "MISSING_SIGN_OFF", "NOT_UNIFIED_DIFF", "NO_AUTHOR_SIGN_OFF", "BAD_SIGN_OFF",
            "FROM_SIGN_OFF_MISMATCH", "COMMIT_LOG_LONG_LINE", "COMMIT_MESSAGE", "GIT_COMMIT_ID", "EMAIL_SUBJECT",
            "FILE_PATH_CHANGES", "CORRUPTED_PATCH", "EXPORT_SYMBOL", "FUNCTION_ARGUMENTS", "OPEN_BRACE",
            "PARENTHESIS_ALIGNMENT", "SPACING", "POINTER_LOCATION", "LINE_SPACING", "AVOID_EXTERNS");
    private static final Pattern SPACING = Pattern.compile(
            "^(?:space prohibited between function name and open parenthesis '\\('"
                    + "|space (?:prohibited before|required after) that ','"
                    + "|space (?:required before|prohibited after) that '\\*'|need consistent spacing around '\\*'"
                    + "|spaces? preferred (?:around|before) that '\\*') ?");

    private Implemented() {}

    /** Whether respin reports findings of {@code type} with {@code message}. */
    static boolean covers(String type, String message) {
        return TYPES.contains(type) && (!type.equals("SPACING") || SPACING.matcher(message).find());
    }
}

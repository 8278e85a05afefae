package respin.core.check.patch;

import java.util.List;
import java.util.regex.Pattern;

/**
 * checkpatch.pl's regular expressions for C ({@code $Ident}, {@code $Type}, {@code $Declare},
 * ...), spelled for java.util.regex. Each is wrapped in a non-capturing group, as Perl wraps an
 * interpolated {@code qr//}.
 *
 * <p>checkpatch also learns type names from the code it reads ({@code possible()}); these
 * patterns know only its built-in types, typedef names ending in {@code _t} and friends.
 */
public final class CSyntax {
    public static final String IDENT = "(?:[A-Za-z_][A-Za-z\\d_]*(?:\\s*##\\s*[A-Za-z_][A-Za-z\\d_]*)*)";
    public static final String STORAGE = "(?:extern|static|asmlinkage)";
    public static final String SPARSE = "(?:__user|__kernel|__force|__iomem|__must_check|__kprobes|__ref|__refconst"
            + "|__refdata|__rcu|__private)";
    private static final String INIT_PREFIX = "(?:__(?:mem|cpu|dev|net_|))";
    static final String INIT_ATTRIBUTE = "(?:" + INIT_PREFIX + "(?:initdata\\b)|" + INIT_PREFIX
            + "(?:initconst\\b)|" + INIT_PREFIX + "(?:init\\b))";
    public static final String ATTRIBUTE = "(?:const|volatile|__percpu|__nocast|__safe|__bitwise|__packed__"
            + "|__packed2__|__naked|__maybe_unused|__always_unused|__noreturn|__used|__cold|__pure|__noclone"
            + "|__deprecated|__read_mostly|__ro_after_init|__kprobes|" + INIT_ATTRIBUTE + "|__aligned\\s*\\(.*\\)"
            + "|____cacheline_aligned|____cacheline_aligned_in_smp|____cacheline_internodealigned_in_smp|__weak"
            + "|__alloc_size\\s*\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))";
    public static final String MODIFIER = "(?:" + ATTRIBUTE + "|" + SPARSE + "|(?:fastcall))";
    static final String INLINE = "(?:inline|__always_inline|noinline|__inline|__inline__)";
    private static final String MEMBER = "(?:->" + IDENT + "|\\." + IDENT + "|\\[[^\\]]*\\])";
    public static final String LVAL = "(?:" + IDENT + MEMBER + "*)";

    private static final String INT_TYPE = "(?:(?i)llu|ull|ll|lu|ul|l|u)";
    static final String CONSTANT = "(?:(?i:0x[0-9a-f]+p-?[0-9]+[fl]?)"
            + "|(?i:(?:[0-9]+\\.[0-9]*|[0-9]*\\.[0-9]+)(?:e-?[0-9]+)?[fl]?)|(?i:[0-9]+e-?[0-9]+[fl]?)"
            + "|(?i:0b[01]+" + INT_TYPE + "?)|(?:0[0-7]+" + INT_TYPE + "?)|(?i:0x[0-9a-f]+" + INT_TYPE + "?)"
            + "|(?:[0-9]+" + INT_TYPE + "?))";
    public static final String ASSIGNMENT = "(?:\\*=|/=|%=|\\+=|-=|<<=|>>=|&=|\\^=|\\|=|=)";
    public static final String COMPARE = "(?:<=|>=|==|!=|<|(?<!-)>)";
    public static final String OPERATORS = "(?:<=|>=|==|!=|=>|->|<<|>>|<|>|!|~|&&|\\|\\||,|\\^|\\+\\+|--|&|\\||"
            + "(?:\\+|-|\\*|/|%))";
    public static final String C90_KEYWORDS = "(?:do|for|while|if|else|return|goto|continue|switch|default|case|break)";

    static final String TYPEDEFS = "(?:(?:(?:__)?(?:[us]_?)?int_?(?:8|16|32|64)_t)\\b"
            + "|(?:u_(?:char|short|int|long)|u(?:nchar|short|int|long))\\b"
            + "|(?:(?:__)?(?:u|s|be|le)(?:8|16|32|64)|atomic_t)\\b|(?:FILE)\\b)";

    private static final List<String> MISORDERED = List.of(
            "char\\s+(?:un)?signed", "int\\s+(?:(?:un)?signed\\s+)?short\\s", "int\\s+short(?:\\s+(?:un)?signed)",
            "short\\s+int(?:\\s+(?:un)?signed)", "(?:un)?signed\\s+int\\s+short", "short\\s+(?:un)?signed",
            "long\\s+int\\s+(?:un)?signed", "int\\s+long\\s+(?:un)?signed", "long\\s+(?:un)?signed\\s+int",
            "int\\s+(?:un)?signed\\s+long", "int\\s+(?:un)?signed", "int\\s+long\\s+long\\s+(?:un)?signed",
            "long\\s+long\\s+int\\s+(?:un)?signed", "long\\s+long\\s+(?:un)?signed\\s+int",
            "long\\s+long\\s+(?:un)?signed", "long\\s+(?:un)?signed");
    private static final List<String> TYPES = List.of(
            "void", "(?:(?:un)?signed\\s+)?char", "(?:(?:un)?signed\\s+)?short\\s+int", "(?:(?:un)?signed\\s+)?short",
            "(?:(?:un)?signed\\s+)?int", "(?:(?:un)?signed\\s+)?long\\s+int",
            "(?:(?:un)?signed\\s+)?long\\s+long\\s+int", "(?:(?:un)?signed\\s+)?long\\s+long",
            "(?:(?:un)?signed\\s+)?long", "(?:un)?signed", "float", "double", "bool", "struct\\s+" + IDENT,
            "union\\s+" + IDENT, "enum\\s+" + IDENT, IDENT + "_t", IDENT + "_handler", IDENT + "_handler_fn");
    private static final String ALL = alternatives(TYPES, MISORDERED);

    public static final String NONPTR_TYPE = "(?:(?:" + MODIFIER + "\\s+|const\\s+)*(?:(?:typeof|__typeof__)\\s*\\([^\\)]*\\)"
            + "|(?:" + TYPEDEFS + "\\b)|(?:" + ALL + "\\b))(?:\\s+" + MODIFIER + "|\\s+const)*)";
    public static final String TYPE = "(?:" + NONPTR_TYPE
            + "(?:(?:\\s|\\*|\\[\\])+\\s*const|(?:\\s|\\*\\s*(?:const\\s*)?|\\[\\])+|(?:\\s*\\[\\s*\\])+){0,4}"
            + "(?:\\s+" + INLINE + "|\\s+" + MODIFIER + ")*)";
    public static final String DECLARE = "(?:(?:" + STORAGE + "\\s+(?:" + INLINE + "\\s+)?)?" + TYPE + ")";

    public static final String DECLARATION_MACROS = "(?:(?:" + STORAGE + "\\s+)?(?:[A-Z_][A-Z0-9]*_){0,2}(?:DEFINE|DECLARE)"
            + "(?:_[A-Z0-9]+){1,6}\\s*\\(|(?:" + STORAGE + "\\s+)?[HLP]?LIST_HEAD\\s*\\("
            + "|(?:SKCIPHER_REQUEST|SHASH_DESC|AHASH_REQUEST)_ON_STACK\\s*\\(|(?:" + STORAGE
            + "\\s+)?(?:XA_STATE|XA_STATE_ORDER)\\s*\\()";

    private CSyntax() {}

    private static String alternatives(List<String> a, List<String> b) {
        StringBuilder s = new StringBuilder("(?:");
        for (String t : a) {
            s.append("(?:").append(t).append(")|");
        }
        for (String t : b) {
            s.append("(?:").append(t).append(")|");
        }
        s.setLength(s.length() - 1);
        return s.append(')').toString();
    }

    /** Compiles {@code regex} as checkpatch matches its lines: {@code .} stops only at LF. */
    public static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.UNIX_LINES);
    }

    /** Like {@link #compile}, with {@code .} matching LF too, as Perl's {@code /s}. */
    public static Pattern compileDotAll(String regex) {
        return Pattern.compile(regex, Pattern.UNIX_LINES | Pattern.DOTALL);
    }
}

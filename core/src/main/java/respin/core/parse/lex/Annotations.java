package respin.core.parse.lex;

/** Kernel and GNU words that qualify a declaration but never name what it declares. */
public final class Annotations {
    private Annotations() {
    }

    /** Words that may stand after a type or a name without being the declared name. */
    public static final Words QUALIFIERS = Words.of("const", "volatile", "restrict", "__restrict", "__rcu", "__user",
            "__iomem", "__percpu", "__force", "__private", "__read_mostly", "__ro_after_init", "__initdata",
            "__initconst", "__refdata", "__packed", "__maybe_unused", "__always_unused", "__must_check", "__weak",
            "__used", "__visible", "__randomize_layout", "__cacheline_aligned", "__cacheline_aligned_in_smp",
            "____cacheline_aligned", "____cacheline_aligned_in_smp", "__aligned_largest", "__init", "__exit",
            "__cold", "__hot", "noinline", "__noreturn", "__always_inline", "inline", "__inline", "__inline__",
            "static", "extern", "register", "__kernel", "__bitwise", "__nocast", "__safe", "__iomem_const",
            "__attribute_const__", "__pure", "notrace", "__noclone", "__flatten", "__latent_entropy",
            "__no_randomize_layout", "__nonstring", "__deprecated", "asmlinkage", "__sched", "__ref", "__meminit",
            "__devinit", "__cpuinit", "__ksym", "__weak_ksym");

    /** Words followed by a parenthesised argument list that are attributes, not declarators. */
    public static final Words ATTRIBUTE_CALLS = Words.of("__attribute__", "__attribute", "__declspec", "__printf",
            "__scanf", "__acquires", "__releases", "__must_hold", "__cond_acquires", "__cond_releases", "__section",
            "__aligned", "__alloc_size", "__malloc", "__diagnose_as", "__counted_by", "__counted_by_le",
            "__counted_by_be", "__nonstring_array", "__free", "__cleanup", "__assume_aligned", "__realloc_size",
            "__no_sanitize_address", "__nocfi", "__noscs", "__designated_init", "__guarded_by", "__pt_guarded_by",
            "__percpu_qual", "_Alignas", "alignas", "__typeof__", "typeof", "__typeof", "__builtin_offsetof",
            "asm", "__asm__", "__asm", "__stringify", "__BTF_ID", "__weak_alias", "__ADDRESSABLE",
            "__nosavedata", "__exitcall", "__initcall", "__irq_entry", "__visible_asm", "__bpf_kfunc");

    /** C words that name a type by themselves: after them a lone word is still part of the type. */
    public static final Words TYPE_WORDS = Words.of("void", "char", "short", "int", "long", "float", "double",
            "signed", "unsigned", "_Bool", "bool", "__signed__", "_Complex", "__int128");
}

package respin.rewriters.members;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import respin.core.index.CType;
import respin.core.index.Located;
import respin.core.index.SymbolIndex;
import respin.core.model.CDeclarator;
import respin.core.model.CField;
import respin.core.model.CParameter;
import respin.core.model.CTypedef;

/**
 * The function type of a function-pointer member: its parameters and return type as the
 * member's declarator spells them ({@code int (*probe)(struct i2c_client *client)}), or as
 * the typedef it is declared with spells them ({@code probe_fn probe;} after
 * {@code typedef int (*probe_fn)(…);}, or {@code probe_fn *probe;} after the function type
 * {@code typedef int probe_fn(…);}), in which case {@code typedef} holds the typedef.
 */
record MemberType(List<CParameter> params, String returnType, Located<CTypedef> typedef) {

    /** The function type of {@code member}, or null when it is not a function pointer. */
    static MemberType of(SymbolIndex index, CField member) {
        CDeclarator d = member.declarator();
        if (d.functionPointer()) {
            return new MemberType(d.fnParams(), d.returnType(), null);
        }
        Located<CTypedef> t = functionTypedef(index, CType.normalise(d.base()));
        return t == null || d.pointers() != pointersOf(t) ? null
                : new MemberType(t.node().declarator().fnParams(), t.node().declarator().returnType(), t);
    }

    /**
     * The stars a declaration with the typedef {@code t} has when it is a function pointer:
     * none for a pointer typedef ({@code probe_fn probe;}), one for a function type
     * ({@code probe_fn *probe;} after {@code typedef int probe_fn(…);}).
     */
    private static int pointersOf(Located<CTypedef> t) {
        return t.node().declarator().functionType() ? 1 : 0;
    }

    /** The typedef's name, or null when the member spells its type itself. */
    String typedefName() {
        return typedef == null ? null : typedef.node().name();
    }

    /**
     * True when {@code p} is declared with this member's typedef, directly or through
     * typedefs of it ({@code typedef probe_fn other_fn;}): its type changes with the member's.
     */
    boolean typedefOf(CParameter p, SymbolIndex index) {
        String want = typedefName();
        CDeclarator d = p.declarator();
        if (want == null || d.functionPointer() || d.pointers() != pointersOf(typedef)) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        String name = CType.normalise(d.base());
        while (seen.add(name)) {
            if (name.equals(want)) {
                return true;
            }
            List<Located<CTypedef>> found = index.typedefs(name);
            CDeclarator next = found.isEmpty() ? null : found.get(0).node().declarator();
            if (next == null || next.functionPointer() || next.functionType() || next.pointers() != 0) {
                return false;
            }
            name = CType.normalise(found.get(0).node().declarator().base());
        }
        return false;
    }

    /** True when {@code p} is a function pointer of this type spelled out: same parameter and return types. */
    boolean sameShape(CParameter p) {
        CDeclarator d = p.declarator();
        return d.functionPointer() && MemberStores.sameTypes(d.fnParams(), params)
                && CType.normalise(d.returnType()).equals(CType.normalise(returnType));
    }

    /** The typedef {@code name} when it names a pointer to a function or a function type, else null. */
    private static Located<CTypedef> functionTypedef(SymbolIndex index, String name) {
        List<Located<CTypedef>> found = index.typedefs(name);
        CDeclarator d = found.isEmpty() ? null : found.get(0).node().declarator();
        return d != null && (d.functionPointer() || d.functionType()) ? found.get(0) : null;
    }
}

package respin.core.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import respin.core.model.CField;
import respin.core.model.CRecord;
import respin.core.model.CTypedef;

/**
 * Follows a typedef name through the typedefs of the index (a typedef of a typedef too) to
 * the struct or union whose members a value of that type has: a tag searched in every
 * indexed definition, or the anonymous struct the typedef itself defines. A missing typedef,
 * a cycle or a typedef of something without members is a reason, never a guess.
 */
final class TypedefChain {
    private final SymbolIndex index;

    TypedefChain(SymbolIndex index) {
        this.index = index;
    }

    /** Where the members of a value of type {@code type} come from: a tag, an anonymous record, or why not. */
    record Target(String tag, CRecord record, String unknown) {
        /** Member {@code field} of the target, when it has one. */
        Optional<CField> field(SymbolIndex index, String field) {
            if (record != null) {
                return record.field(field);
            }
            return tag == null ? Optional.empty() : index.field(tag, field).map(Located::node);
        }

        /** Why {@code field} is not found: the reason the chain stopped, or the record without it. */
        String missing(String field) {
            return unknown != null ? unknown
                    : "no indexed definition of " + (tag != null ? tag : record.kind() + " {...}") + " has member "
                            + field;
        }
    }

    /** The target of {@code type}, a known type ({@code foo_t *}, {@code struct foo}). */
    Target target(CType type) {
        String tag = type.tag();
        if (tag != null) {
            return new Target(tag, null, null);
        }
        String name = type.name().replace('*', ' ').trim();
        Set<String> seen = new LinkedHashSet<>();
        while (true) {
            if (name.isEmpty() || name.contains(" ")) {
                return new Target(null, null, (seen.isEmpty() ? type.name() : "typedef " + String.join(" -> ", seen)
                        + " stands for " + name + ", which") + " has no members");
            }
            if (!seen.add(name)) {
                return new Target(null, null, "typedef " + String.join(" -> ", seen) + " -> " + name + " is a cycle");
            }
            List<Located<CTypedef>> found = index.typedefs(name);
            if (found.isEmpty()) {
                return new Target(null, null, seen.size() == 1 ? type.name() + " has no members (no indexed typedef of "
                        + name + ")" : "typedef " + String.join(" -> ", seen) + ": no indexed typedef of " + name);
            }
            CTypedef d = found.get(0).node();
            if (d.declarator().functionPointer() || d.declarator().functionType()) {
                return new Target(null, null, "typedef " + name + " is a function "
                        + (d.declarator().functionType() ? "type" : "pointer type"));
            }
            if (d.record() != null && d.record().name() == null) {
                return new Target(null, d.record(), null);
            }
            tag = CType.tag(d.declarator().type());
            if (tag != null) {
                return new Target(tag, null, null);
            }
            name = CType.normalise(d.declarator().base()).replace('*', ' ').trim();
        }
    }
}

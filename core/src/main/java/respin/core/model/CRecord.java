package respin.core.model;

import java.util.List;
import java.util.Optional;
import respin.core.model.source.Span;

/** A struct, union or enum definition with its members; {@code name} is null when anonymous. */
public record CRecord(String kind, String name, Span span, Span bodySpan, List<CField> fields) implements CNode {

    public Optional<CField> field(String fieldName) {
        return fields.stream().filter(f -> fieldName.equals(f.name())).findFirst();
    }
}

package respin.rewriters.recipes;

import java.util.Map;

/**
 * The {@code migrate:} block of a recipe file: the type change its steps make, the
 * function that converts the new type back, the reference-count calls to map and the
 * members that already hold the new type. Changes take their defaults from here.
 *
 * @param from        the old type, {@code struct kvm *}; null when the recipe has no block
 * @param to          the new type, {@code struct file *}
 * @param conversion  new type to old type, {@code file_to_kvm}; null if there is none
 * @param references  reference-count calls, old to new: {@code kvm_put_kvm -> fput}
 * @param equivalents {@code struct kvm_device.kvm -> kvm_file}
 */
record Migrate(String from, String to, String conversion, Map<String, String> references,
        Map<String, String> equivalents) {

    static final Migrate NONE = new Migrate(null, null, null, Map.of(), Map.of());

    Migrate {
        references = Map.copyOf(references);
        equivalents = Map.copyOf(equivalents);
    }
}

package respin.core.plan;

/** A recipe change that found nothing to change, and why: {@code no struct foo in the tree}. */
public record Miss(RecipeChange change, String reason) {

    /** {@code kvm-file.yaml:63:9: add-field: no struct foo in the tree (closest: kvm_device)}. */
    @Override
    public String toString() {
        return change.where() + ": " + reason;
    }
}

package respin.core.check.report;

/** The severity of a finding, spelled as checkpatch.pl prints it. */
public enum Level {
    ERROR("ERROR"),
    WARNING("WARNING"),
    /** Reported only in strict mode or for files under drivers/net/, net/ and drivers/staging/. */
    CHECK("CHECK");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The word checkpatch.pl prints before the colon: {@code ERROR}, {@code WARNING}, {@code CHECK}. */
    public String label() {
        return label;
    }
}

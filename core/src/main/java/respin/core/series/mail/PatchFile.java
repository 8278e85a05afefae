package respin.core.series.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** One file of {@code git format-patch} output: its name ({@code 0001-foo.patch}) and its bytes. */
public record PatchFile(String fileName, byte[] content) {
    public PatchFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    /** The content decoded as UTF-8, for display and tests. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatchFile p && fileName.equals(p.fileName) && Arrays.equals(content, p.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + content.length + " bytes)";
    }
}

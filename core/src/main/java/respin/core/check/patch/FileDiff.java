package respin.core.check.patch;

import java.util.List;

/**
 * The diff of one file in a patch.
 *
 * @param path the file's path as checkpatch names it: from the {@code +++} line (or the
 *     {@code diff --git} line) without the {@code b/} prefix; {@code dev/null} for a deleted file
 * @param header the {@code diff --git} line (or the first {@code +++} line without one)
 * @param hunks the hunks in patch order
 */
public record FileDiff(String path, PatchLine header, List<Hunk> hunks) {
    public FileDiff {
        hunks = List.copyOf(hunks);
    }
}

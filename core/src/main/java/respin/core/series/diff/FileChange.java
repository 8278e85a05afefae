package respin.core.series.diff;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One path changed between two trees, as git's diff queue holds it. For an added file the old
 * side has mode 0 and the zero id (and the new path); for a deleted one, the new side.
 *
 * @param score similarity in percent for a rename, else 0
 */
public record FileChange(Status status, String oldPath, String newPath, int oldMode, int newMode,
        ObjectId oldId, ObjectId newId, int score) {

    public enum Status { ADDED, DELETED, MODIFIED, RENAMED }

    /** The path git sorts and names this change by. */
    String sortPath() {
        return status == Status.DELETED ? oldPath : newPath;
    }

    public static String mode(int bits) {
        return String.format("%06o", bits);
    }

    static boolean isRegular(int bits) {
        return FileMode.REGULAR_FILE.equals(bits) || FileMode.EXECUTABLE_FILE.equals(bits);
    }
}

package respin.core.scan;

import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import respin.core.checkout.SourceTree;

/**
 * What the candidate scan learnt about one tree: its C files (path, blob, mode, in tree
 * order) and, for each word asked so far, the files that name it (sorted indices into
 * {@code files}). A tag is asked as {@link #tagKey}, a word wanted in headers only as
 * {@link #headerKey} (only headers were scanned for it); when {@code tags} is true the record
 * holds every tag of every file, so any tag question is answered.
 */
record ScanRecord(ObjectId tree, List<SourceTree.Entry> files, Map<String, int[]> postings, boolean tags) {

    /** The key under which the files naming {@code tag} after {@code struct} or {@code union} are kept. */
    static String tagKey(String tag) {
        return "struct " + tag;
    }

    static boolean isTagKey(String key) {
        return key.startsWith("struct ");
    }

    /** The key under which the headers ({@code *.h}) naming {@code word} are kept, when only those were scanned. */
    static String headerKey(String word) {
        return "header " + word;
    }

    static boolean isHeaderKey(String key) {
        return key.startsWith("header ");
    }

    /** The word a plain or header key asks for. */
    static String wordOf(String key) {
        return isHeaderKey(key) ? key.substring("header ".length()) : key;
    }

    static String tagOf(String key) {
        return key.substring("struct ".length());
    }
}

package respin.core.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;

class BlobIdTest {
    @Test
    void blobIdIsTheIdGitGivesTheBytes() {
        byte[] all = new byte[70_000];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (i * 31);
        }
        for (byte[] b : new byte[][] {new byte[0], "int x;\n".getBytes(StandardCharsets.US_ASCII), all}) {
            assertEquals(new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, b), SourceTree.blobId(b));
        }
        // git hash-object of an empty file
        assertEquals("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391", SourceTree.blobId(new byte[0]).name());
    }
}

package respin.core.series.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.eclipse.jgit.internal.storage.pack.BinaryDelta;
import org.junit.jupiter.api.Test;

/** The fingerprint tables against git's diff-delta.c, and deltas that JGit's applier turns back into the target. */
class GitDeltaTest {
    @Test
    void tablesAreGits() {
        assertEquals(0xab59b4d1, GitDelta.t(1));
        assertEquals(0x5432226d, GitDelta.t(100));
        assertEquals(0xd1eee811, GitDelta.t(255));
        assertEquals(0x7eb5200d, GitDelta.u(1));
        assertEquals(0x3bb8646a, GitDelta.u(255));
    }

    @Test
    void deltasApplyBack() {
        Random r = new Random(3);
        for (int i = 0; i < 200; i++) {
            byte[] src = new byte[1 + r.nextInt(70000)];
            r.nextBytes(src);
            byte[] trg = src.clone();
            for (int k = 0; k < r.nextInt(20); k++) {
                trg[r.nextInt(trg.length)] = (byte) r.nextInt(256);
            }
            if (r.nextBoolean()) {
                byte[] longer = new byte[trg.length + r.nextInt(300)];
                System.arraycopy(trg, 0, longer, longer.length - trg.length, trg.length);
                trg = longer;
            }
            byte[] delta = GitDelta.delta(src, trg, 0);
            assertArrayEquals(trg, BinaryDelta.apply(src, delta), "case " + i);
        }
    }

    @Test
    void tooLongIsNull() {
        byte[] src = new byte[1000];
        byte[] trg = new byte[1000];
        new Random(1).nextBytes(trg);
        assertNull(GitDelta.delta(src, trg, 100));
        assertNull(GitDelta.delta(new byte[0], trg, 0));
    }
}

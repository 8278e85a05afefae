package respin.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tags one scanning thread met, numbered in the order first met, and for each file the
 * numbers of the tags it names: a tag already known costs a hash and a compare, no
 * allocation. Not thread-safe; each thread of a scan has its own.
 */
final class TagTable implements IdentifierSet.TagSink {
    private byte[] pool = new byte[1 << 16];
    private int poolSize;
    private int[] start = new int[1024];
    private int[] length = new int[1024];
    private int[] hash = new int[1024];
    private int[] slots = new int[2048]; // id + 1, 0 when free
    private int size;
    /** The file (as a stamp) that last named each tag, so a file's list has each tag once. */
    private int[] lastFile = new int[1024];
    private int file;
    private int[] fileTags = new int[64];
    private int fileTagCount;

    /** Starts the tags of the next file. */
    void beginFile() {
        file++;
        fileTagCount = 0;
    }

    /** The numbers of the tags the current file names, each once. */
    int[] fileTags() {
        return Arrays.copyOf(fileTags, fileTagCount);
    }

    int size() {
        return size;
    }

    String tag(int id) {
        return new String(pool, start[id], length[id], StandardCharsets.ISO_8859_1);
    }

    @Override
    public void tag(byte[] text, int s, int len) {
        int h = 1;
        for (int i = s; i < s + len; i++) {
            h = 31 * h + text[i];
        }
        int mask = slots.length - 1;
        int at = (h ^ (h >>> 16)) & mask;
        int id;
        while (true) {
            int slot = slots[at];
            if (slot == 0) {
                id = add(text, s, len, h);
                break;
            }
            int k = slot - 1;
            if (hash[k] == h && length[k] == len && Arrays.equals(pool, start[k], start[k] + len, text, s, s + len)) {
                id = k;
                break;
            }
            at = (at + 1) & mask;
        }
        if (lastFile[id] != file) {
            lastFile[id] = file;
            if (fileTagCount == fileTags.length) {
                fileTags = Arrays.copyOf(fileTags, fileTagCount * 2);
            }
            fileTags[fileTagCount++] = id;
        }
    }

    private int add(byte[] text, int s, int len, int h) {
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(text, s, pool, poolSize, len);
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            length = Arrays.copyOf(length, cap);
            hash = Arrays.copyOf(hash, cap);
            lastFile = Arrays.copyOf(lastFile, cap);
        }
        int id = size++;
        start[id] = poolSize;
        length[id] = len;
        hash[id] = h;
        poolSize += len;
        if (size * 2 > slots.length) {
            rehash();
        } else {
            place(id);
        }
        return id;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        for (int k = 0; k < size; k++) {
            place(k);
        }
    }

    private void place(int id) {
        int mask = slots.length - 1;
        int at = (hash[id] ^ (hash[id] >>> 16)) & mask;
        while (slots[at] != 0) {
            at = (at + 1) & mask;
        }
        slots[at] = id + 1;
    }
}

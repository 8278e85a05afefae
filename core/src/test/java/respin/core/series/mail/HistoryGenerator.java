package respin.core.series.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import respin.core.series.diff.xdiff.Lines;

/**
 * A random linear history written with JGit's object inserter: text edits, additions,
 * deletions, renames (exact and edited, across directories), mode changes, binary files
 * (literal and delta hunks), files without a final newline, quoted paths, non-ASCII and
 * quoted author names, long and non-ASCII subjects, empty and multi-paragraph bodies.
 */
final class HistoryGenerator {
    static final String[] AUTHORS = {
        "Jane Developer <jane@example.org>",
        "J\u00f6hn D\u00f8e-M\u00fcller <john@example.org>",
        "\u5c71\u7530 \u592a\u90ce <yamada@example.jp>",
        "J. Random Hacker <jrh@example.org>",
        "Zo\u00eb O'Brien-Fitzgerald de la Cruz y Pi\u00f1ero Wolfeschlegelsteinhausen <zoe@example.org>",
        "Linus \"the penguin\" T <lt@example.org>",
        "A B <ab@example.org>",
    };
    private static final String[] DIRS = {"arch/x86/kvm", "drivers/vfio/pci", "include/linux", "virt/kvm",
        "drivers/gpu/drm/i915/gvt", "Documentation/virt/kvm", "tools/testing/selftests/kvm/lib", "docs"};

    private final Repository repo;
    private final Random r;
    private final Map<String, byte[]> content = new TreeMap<>();
    private final Map<String, FileMode> modes = new TreeMap<>();
    private int serial;

    HistoryGenerator(Repository repo, long seed) {
        this.repo = repo;
        this.r = new Random(seed);
    }

    /** Writes {@code n} commits on top of {@code parent} (whose tree is read first) and returns them, oldest first. */
    List<RevCommit> commits(RevCommit parent, int n, PersonIdent committer) throws IOException {
        try (ObjectInserter ins = repo.newObjectInserter(); RevWalk walk = new RevWalk(repo)) {
            readTree(parent);
            List<RevCommit> out = new ArrayList<>();
            ObjectId prev = parent;
            for (int i = 0; i < n; i++) {
                int ops = 1 + r.nextInt(r.nextInt(6) == 0 ? 8 : 3);
                Map<String, byte[]> before = new TreeMap<>(content);
                Map<String, FileMode> beforeModes = new TreeMap<>(modes);
                for (int k = 0; k < ops; k++) {
                    step();
                }
                if (sameContent(before) && modes.equals(beforeModes)) {
                    add(newPath(".c"), text(5 + r.nextInt(40), true), FileMode.REGULAR_FILE);
                }
                CommitBuilder cb = new CommitBuilder();
                cb.setTreeId(writeTree(ins));
                cb.setParentId(prev);
                cb.setAuthor(author(i));
                cb.setCommitter(committer);
                cb.setMessage(message(i));
                prev = ins.insert(cb);
                ins.flush();
                out.add(walk.parseCommit(prev));
            }
            return out;
        }
    }

    private boolean sameContent(Map<String, byte[]> before) {
        if (!before.keySet().equals(content.keySet())) {
            return false;
        }
        for (String k : before.keySet()) {
            if (!Arrays.equals(before.get(k), content.get(k))) {
                return false;
            }
        }
        return true;
    }

    private void readTree(RevCommit c) throws IOException {
        try (org.eclipse.jgit.treewalk.TreeWalk tw = new org.eclipse.jgit.treewalk.TreeWalk(repo)) {
            tw.addTree(c.getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                content.put(tw.getPathString(), repo.open(tw.getObjectId(0)).getCachedBytes());
                modes.put(tw.getPathString(), tw.getFileMode(0));
            }
        }
    }

    private void step() {
        List<String> paths = new ArrayList<>(content.keySet());
        paths.remove(".gitattributes");
        String p = paths.isEmpty() ? null : paths.get(r.nextInt(paths.size()));
        int op = r.nextInt(20);
        if (p == null || op < 3) {
            boolean bin = r.nextInt(4) == 0;
            add(newPath(bin ? ".bin" : r.nextBoolean() ? ".c" : ".txt"), bin ? binary(r.nextInt(3000) + 1)
                    : text(1 + r.nextInt(80), r.nextInt(5) != 0), r.nextInt(6) == 0 ? FileMode.EXECUTABLE_FILE
                    : FileMode.REGULAR_FILE);
        } else if (op < 5) {
            content.remove(p);
            modes.remove(p);
        } else if (op < 8) {
            String np = newPath(p.substring(p.lastIndexOf('.') < 0 ? p.length() : p.lastIndexOf('.')));
            byte[] c = content.remove(p);
            FileMode m = modes.remove(p);
            if (r.nextBoolean()) {
                c = isBinary(c) ? binaryEdit(c) : textEdit(c, 1 + r.nextInt(2));
            }
            if (r.nextInt(5) == 0) {
                m = m == FileMode.EXECUTABLE_FILE ? FileMode.REGULAR_FILE : FileMode.EXECUTABLE_FILE;
            }
            add(np, c, m);
        } else if (op < 10) {
            modes.put(p, modes.get(p) == FileMode.EXECUTABLE_FILE ? FileMode.REGULAR_FILE : FileMode.EXECUTABLE_FILE);
            if (r.nextBoolean()) {
                content.put(p, edit(content.get(p)));
            }
        } else {
            content.put(p, edit(content.get(p)));
        }
    }

    private byte[] edit(byte[] c) {
        return isBinary(c) ? binaryEdit(c) : textEdit(c, 1 + r.nextInt(8));
    }

    private void add(String path, byte[] c, FileMode m) {
        content.put(path, c);
        modes.put(path, m);
    }

    private String newPath(String ext) {
        String dir = DIRS[r.nextInt(DIRS.length)];
        String name = switch (r.nextInt(12)) {
            case 0 -> "with space " + serial;
            case 1 -> "na\u00efve_" + serial;
            case 2 -> "a_rather_long_file_name_for_the_diffstat_to_cut_" + serial;
            default -> "file" + serial;
        };
        serial++;
        return dir + "/" + name + ext;
    }

    private byte[] text(int lines, boolean finalNewline) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            b.append(line());
        }
        if (!finalNewline && b.length() > 0) {
            b.setLength(b.length() - 1);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String line() {
        return switch (r.nextInt(9)) {
            case 0 -> "\n";
            case 1 -> "static int fn_" + r.nextInt(500) + "(struct kvm *kvm)\n";
            case 2 -> "{\n";
            case 3 -> "}\n";
            case 4 -> "\treturn " + r.nextInt(10) + ";\n";
            case 5 -> "\t/* caf\u00e9 " + r.nextInt(100) + " */\n";
            default -> "\tkvm->v" + r.nextInt(30) + " = fn(" + r.nextInt(30) + ");\n";
        };
    }

    private byte[] textEdit(byte[] c, int edits) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(c, StandardCharsets.UTF_8).split("(?<=\n)")));
        if (lines.size() == 1 && lines.get(0).isEmpty()) {
            lines.clear();
        }
        for (int e = 0; e < edits; e++) {
            int pos = lines.isEmpty() ? 0 : r.nextInt(lines.size());
            switch (r.nextInt(6)) {
                case 0, 1 -> lines.add(pos, line());
                case 2 -> {
                    if (!lines.isEmpty()) {
                        lines.remove(pos);
                    }
                }
                case 3 -> {
                    if (!lines.isEmpty()) {
                        lines.set(pos, line());
                    }
                }
                case 4 -> {
                    if (!lines.isEmpty()) {
                        String last = lines.get(lines.size() - 1);
                        lines.set(lines.size() - 1, last.endsWith("\n") ? last.substring(0, last.length() - 1)
                                : last + "\n");
                    }
                }
                default -> {
                    for (int k = 0; k < 3 + r.nextInt(10); k++) {
                        lines.add(pos, line());
                    }
                }
            }
        }
        byte[] out = String.join("", lines).getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(out, c) ? (new String(c, StandardCharsets.UTF_8) + "\tint extra;\n")
                .getBytes(StandardCharsets.UTF_8) : out;
    }

    private byte[] binary(int size) {
        byte[] b = new byte[size];
        if (r.nextBoolean()) {
            r.nextBytes(b);
        } else {
            for (int i = 0; i < size; i++) {
                b[i] = (byte) (i % 7 == 0 ? 0 : "ELF header and some text "
                        .charAt((i / 3 + r.nextInt(2)) % 25));
            }
        }
        b[0] = 0;
        return b;
    }

    private byte[] binaryEdit(byte[] c) {
        switch (r.nextInt(4)) {
            case 0:
                return binary(1 + r.nextInt(4000));
            case 1: {
                byte[] out = Arrays.copyOf(c, c.length + 1 + r.nextInt(200));
                for (int i = c.length; i < out.length; i++) {
                    out[i] = (byte) r.nextInt(256);
                }
                return out;
            }
            default: {
                byte[] out = c.clone();
                for (int k = 0; k < 1 + r.nextInt(5); k++) {
                    out[r.nextInt(out.length)] ^= (byte) (1 + r.nextInt(255));
                }
                out[0] = 0;
                return Arrays.equals(out, c) ? Arrays.copyOf(c, c.length + 1) : out;
            }
        }
    }

    private static boolean isBinary(byte[] c) {
        return Lines.isBinary(c);
    }

    private PersonIdent author(int i) {
        String a = AUTHORS[r.nextInt(AUTHORS.length)];
        int lt = a.indexOf('<');
        Instant when = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * i + r.nextInt(3600));
        ZoneOffset zone = ZoneOffset.ofTotalSeconds((r.nextInt(27) - 12) * 3600 + (r.nextInt(4) == 0 ? 1800 : 0));
        return new PersonIdent(a.substring(0, lt - 1), a.substring(lt + 1, a.length() - 1), when, zone);
    }

    private String message(int i) {
        String subject = switch (r.nextInt(8)) {
            case 0 -> "KVM: x86: Pass the VM's struct file down to the page-track notifier registration "
                    + "helpers, step " + i;
            case 1 -> "vfio: R\u00e9sum\u00e9 of change " + i;
            case 2 -> "docs: Subject with =? and ?= and [brackets] " + i;
            case 3 -> "   Leading spaces and trailing dots... " + i + "...";
            case 4 -> "drm/i915/gvt: Use a_very_long_identifier_name_that_cannot_be_folded_anywhere_in_the_header_" + i;
            default -> "subsys: Change " + i;
        };
        String body = switch (r.nextInt(5)) {
            case 0, 1 -> "";
            case 2 -> "One paragraph explaining change " + i + ".\n\nAnd a second one,   \nwith trailing spaces.  \n";
            case 3 -> "Na\u00efve caf\u00e9 text in the body.\n\nSigned-off-by: Jane Developer <jane@example.org>\n";
            default -> "\n\n\nBlank lines first.\n\n\n\nAnd many in between.\n\n";
        };
        return subject + "\n" + (body.isEmpty() ? "" : "\n" + body);
    }

    private ObjectId writeTree(ObjectInserter ins) throws IOException {
        DirCache dc = DirCache.newInCore();
        DirCacheBuilder b = dc.builder();
        for (Map.Entry<String, byte[]> e : content.entrySet()) {
            DirCacheEntry ent = new DirCacheEntry(e.getKey());
            ent.setFileMode(modes.get(e.getKey()));
            ent.setObjectId(ins.insert(Constants.OBJ_BLOB, e.getValue()));
            b.add(ent);
        }
        b.finish();
        return dc.writeTree(ins);
    }
}

package respin.core.series.diff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Git's {@code diffcore_rename} without copies or breaks: exact renames first, then pairs
 * with the same unique basename at 75% similarity, then the best of the rest at 50%, each
 * destination keeping its four best candidates as git does.
 */
final class Renames {
    private static final int MINIMUM_SCORE = Similarity.MAX_SCORE / 2;
    private static final int BASENAME_SCORE = MINIMUM_SCORE + (Similarity.MAX_SCORE - MINIMUM_SCORE) / 2;
    private static final int CANDIDATES = 4;

    private final Blobs blobs;
    private final List<FileChange> srcs = new ArrayList<>();
    private final List<FileChange> dsts = new ArrayList<>();
    private final boolean[] used;
    private final FileChange[] pairs;
    private final Map<FileChange, Similarity> hashed = new HashMap<>();

    private Renames(Blobs blobs, List<FileChange> changes) {
        this.blobs = blobs;
        for (FileChange c : changes) {
            if (c.status() == FileChange.Status.DELETED) {
                srcs.add(c);
            } else if (c.status() == FileChange.Status.ADDED) {
                dsts.add(c);
            }
        }
        used = new boolean[srcs.size()];
        pairs = new FileChange[dsts.size()];
    }

    /** The changes with deletions and additions paired into renames; the rest unchanged. */
    static List<FileChange> detect(Blobs blobs, List<FileChange> changes, int renameLimit)
            throws IOException {
        Renames r = new Renames(blobs, changes);
        if (r.srcs.isEmpty() || r.dsts.isEmpty()) {
            return changes;
        }
        r.exact();
        r.basenames();
        r.inexact(renameLimit);
        Map<FileChange, Integer> dstIndex = new IdentityHashMap<>();
        for (int d = 0; d < r.dsts.size(); d++) {
            dstIndex.put(r.dsts.get(d), d);
        }
        Map<FileChange, Integer> srcIndex = new IdentityHashMap<>();
        for (int s = 0; s < r.srcs.size(); s++) {
            srcIndex.put(r.srcs.get(s), s);
        }
        List<FileChange> out = new ArrayList<>();
        for (FileChange c : changes) {
            Integer d = dstIndex.get(c);
            Integer s = srcIndex.get(c);
            if (d != null && r.pairs[d] != null) {
                out.add(r.pairs[d]);
            } else if (s == null || !r.used[s]) {
                out.add(c);
            }
        }
        return out;
    }

    private void exact() {
        for (int d = 0; d < dsts.size(); d++) {
            int best = -1;
            int bestScore = -1;
            for (int s = 0; s < srcs.size() && bestScore < 2; s++) {
                if (used[s] || !srcs.get(s).oldId().equals(dsts.get(d).newId())) {
                    continue;
                }
                int score = 1 + (basenameSame(srcs.get(s).oldPath(), dsts.get(d).newPath()) ? 1 : 0);
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                record(d, best, Similarity.MAX_SCORE);
            }
        }
    }

    private void basenames() throws IOException {
        Map<String, Integer> srcByName = new HashMap<>();
        for (int s = 0; s < srcs.size(); s++) {
            if (!used[s]) {
                srcByName.merge(basename(srcs.get(s).oldPath()), s, (a, b) -> -1);
            }
        }
        Map<String, Integer> dstByName = new HashMap<>();
        for (int d = 0; d < dsts.size(); d++) {
            if (pairs[d] == null) {
                dstByName.merge(basename(dsts.get(d).newPath()), d, (a, b) -> -1);
            }
        }
        for (int s = 0; s < srcs.size(); s++) {
            if (used[s]) {
                continue;
            }
            String base = basename(srcs.get(s).oldPath());
            Integer d = dstByName.get(base);
            if (d == null || d < 0 || srcByName.get(base) != s || pairs[d] != null) {
                continue;
            }
            int score = similarity(srcs.get(s)).score(similarity(dsts.get(d)), BASENAME_SCORE);
            if (score >= BASENAME_SCORE) {
                record(d, s, score);
            }
        }
    }

    /** A candidate pairing; {@code dst < 0} marks an empty slot. */
    private record Score(int dst, int src, int score, int nameScore) {
        static final Score EMPTY = new Score(-1, -1, 0, 0);
    }

    private void inexact(int renameLimit) throws IOException {
        long sources = 0;
        for (boolean u : used) {
            sources += u ? 0 : 1;
        }
        long destinations = 0;
        for (FileChange p : pairs) {
            destinations += p == null ? 1 : 0;
        }
        if (sources == 0 || destinations == 0
                || (renameLimit > 0 && sources * destinations > (long) renameLimit * renameLimit)) {
            return;
        }
        List<Score> mx = new ArrayList<>();
        for (int d = 0; d < dsts.size(); d++) {
            if (pairs[d] != null) {
                continue;
            }
            Score[] m = {Score.EMPTY, Score.EMPTY, Score.EMPTY, Score.EMPTY};
            for (int s = 0; s < srcs.size(); s++) {
                if (used[s]) {
                    continue;
                }
                int score = similarity(srcs.get(s)).score(similarity(dsts.get(d)), MINIMUM_SCORE);
                int name = basenameSame(srcs.get(s).oldPath(), dsts.get(d).newPath()) ? 1 : 0;
                Score o = new Score(d, s, score, name);
                int worst = 0;
                for (int i = 1; i < CANDIDATES; i++) {
                    if (compare(m[i], m[worst]) > 0) {
                        worst = i;
                    }
                }
                if (compare(m[worst], o) > 0) {
                    m[worst] = o;
                }
            }
            mx.addAll(List.of(m));
        }
        mx.sort(Renames::compare);
        for (Score sc : mx) {
            if (sc.dst() < 0 || sc.score() < MINIMUM_SCORE) {
                break;
            }
            if (pairs[sc.dst()] != null || used[sc.src()]) {
                continue;
            }
            record(sc.dst(), sc.src(), sc.score());
        }
    }

    /** Git's {@code score_compare}: best first, empty slots last. */
    private static int compare(Score a, Score b) {
        if (a.dst() < 0) {
            return b.dst() >= 0 ? 1 : 0;
        } else if (b.dst() < 0) {
            return -1;
        }
        if (a.score() == b.score()) {
            return b.nameScore() - a.nameScore();
        }
        return Integer.compare(b.score(), a.score());
    }

    private void record(int d, int s, int score) {
        FileChange src = srcs.get(s);
        FileChange dst = dsts.get(d);
        used[s] = true;
        pairs[d] = new FileChange(FileChange.Status.RENAMED, src.oldPath(), dst.newPath(), src.oldMode(),
                dst.newMode(), src.oldId(), dst.newId(), score * 100 / Similarity.MAX_SCORE);
    }

    private Similarity similarity(FileChange c) throws IOException {
        Similarity s = hashed.get(c);
        if (s == null) {
            boolean deleted = c.status() == FileChange.Status.DELETED;
            byte[] data = blobs.read(deleted ? c.oldId() : c.newId());
            s = new Similarity(data);
            hashed.put(c, s);
        }
        return s;
    }

    private static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean basenameSame(String a, String b) {
        return basename(a).equals(basename(b));
    }
}

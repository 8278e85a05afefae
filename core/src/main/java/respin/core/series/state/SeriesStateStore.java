package respin.core.series.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import respin.core.series.commit.Identity;
import respin.core.series.commit.SeriesException;

/**
 * Keeps a {@link SeriesState} in the repository itself: the ref {@code refs/respin/series/<name>}
 * points to a commit whose tree holds plain text files ({@code series}, then per version
 * {@code vN/version}, {@code vN/recipe.yaml}, {@code vN/cover-blurb}, {@code vN/changes},
 * {@code vN/patches}, {@code vN/sites}, and {@code vN/groups} when a step was split: "step-id group
 * name" per patch of a split step; states without it still load, their groups named by the slug
 * in the step id). Each version written is a new commit whose parent is
 * the previous state, so {@code git log refs/respin/series/<name>} is the history of versions.
 * Object database only: HEAD, the index and the work tree are never touched.
 */
public final class SeriesStateStore {
    public static final String PREFIX = "refs/respin/series/";

    private final Repository repo;

    public SeriesStateStore(Repository repo) {
        this.repo = repo;
    }

    public static boolean isValidName(String name) {
        return name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") && !name.endsWith(".lock")
                && !name.contains("..");
    }

    /** The names of the series recorded in the repository, sorted. */
    public List<String> names() throws IOException {
        List<String> out = new ArrayList<>();
        for (Ref r : repo.getRefDatabase().getRefsByPrefix(PREFIX)) {
            out.add(r.getName().substring(PREFIX.length()));
        }
        out.sort(null);
        return out;
    }

    /** The state of series {@code name}, or empty when the repository has none. */
    public Optional<SeriesState> read(String name) throws IOException {
        return read(name, tip(name));
    }

    /** The commit {@code refs/respin/series/<name>} points to, or null when there is none. */
    public ObjectId tip(String name) throws IOException {
        Ref ref = repo.exactRef(PREFIX + name);
        return ref == null ? null : ref.getObjectId();
    }

    /** The state of series {@code name} as recorded in state commit {@code at}; empty when it is null. */
    public Optional<SeriesState> read(String name, ObjectId at) throws IOException {
        if (at == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            RevCommit c = walk.parseCommit(at);
            tw.addTree(c.getTree());
            tw.setRecursive(true);
            Map<String, String> files = new TreeMap<>();
            while (tw.next()) {
                files.put(tw.getPathString(), new String(repo.open(tw.getObjectId(0)).getCachedBytes(),
                        StandardCharsets.UTF_8));
            }
            return Optional.of(StateText.parse(name, files));
        } catch (IllegalArgumentException e) {
            throw new SeriesException("the series state " + PREFIX + name + " is damaged: " + e.getMessage(), e);
        }
    }

    /**
     * Records {@code state} as a new commit on top of the current one (the expected old value, so
     * two writers do not lose each other's version).
     *
     * @return the new state commit
     */
    public ObjectId write(SeriesState state, Identity who) throws IOException {
        String ref = PREFIX + state.name();
        ObjectId old = tip(state.name());
        try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = ins.newReader();
                RevWalk walk = new RevWalk(reader)) {
            ObjectId id = commit(ins, state, state.latest(), old, who);
            ins.flush();
            RefUpdate ru = repo.updateRef(ref);
            ru.setNewObjectId(id);
            ru.setExpectedOldObjectId(old != null ? old : ObjectId.zeroId());
            ru.setRefLogMessage("respin: " + state.name() + " v" + state.latest().number(), false);
            RefUpdate.Result r = ru.update(walk);
            if (r != RefUpdate.Result.NEW && r != RefUpdate.Result.FAST_FORWARD) {
                throw new SeriesException("cannot update " + ref + ": " + r);
            }
            return id;
        }
    }

    /**
     * Inserts {@code state}, which has just recorded {@code v}, as a commit whose parent is {@code parent} (null for the first),
     * without moving any ref: {@link SeriesTransaction} moves the ref with the branch.
     */
    public static ObjectId commit(ObjectInserter ins, SeriesState state, SeriesVersion v, ObjectId parent,
            Identity who) throws IOException {
        DirCache dc = DirCache.newInCore();
        DirCacheBuilder b = dc.builder();
        for (Map.Entry<String, String> f : new TreeMap<>(StateText.files(state)).entrySet()) {
            DirCacheEntry e = new DirCacheEntry(f.getKey());
            e.setFileMode(FileMode.REGULAR_FILE);
            e.setObjectId(ins.insert(Constants.OBJ_BLOB, f.getValue().getBytes(StandardCharsets.UTF_8)));
            b.add(e);
        }
        b.finish();
        CommitBuilder cb = new CommitBuilder();
        cb.setTreeId(dc.writeTree(ins));
        if (parent != null) {
            cb.setParentId(parent);
        }
        cb.setAuthor(who.toPersonIdent());
        cb.setCommitter(who.toPersonIdent());
        cb.setMessage("respin: " + state.name() + " v" + v.number() + " on " + v.base().name() + "\n\n"
                + "change-id: " + state.changeId() + "\n");
        return ins.insert(cb);
    }

    /** The state as text files and back. */
    static final class StateText {
        private StateText() {
        }

        static Map<String, String> files(SeriesState s) {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("series", "name: " + s.name() + "\nchange-id: " + s.changeId() + "\n");
            for (SeriesVersion v : s.versions()) {
                String d = "v" + v.number() + "/";
                StringBuilder meta = new StringBuilder();
                kv(meta, "number", Integer.toString(v.number()));
                kv(meta, "base", v.base().name());
                kv(meta, "branch", v.branch());
                kv(meta, "tip", v.tip().name());
                kv(meta, "recipe", v.recipeName());
                kv(meta, "recipe-sha256", v.recipeSha256());
                kv(meta, "cover-subject", v.coverSubject());
                v.options().forEach((k, vals) -> vals.forEach(val -> kv(meta, "option." + k, val)));
                out.put(d + "version", meta.toString());
                out.put(d + "recipe.yaml", v.recipeText());
                out.put(d + "cover-blurb", v.coverBlurb());
                out.put(d + "changes", lines(v.changes()));
                List<String> patches = new ArrayList<>();
                for (PatchRecord p : v.patches()) {
                    patches.add(p.commit().name() + " " + p.stepId() + " " + String.join(",", p.parts()) + " "
                            + p.subject());
                }
                out.put(d + "patches", lines(patches));
                List<String> groups = v.patches().stream().filter(p -> p.group() != null)
                        .map(p -> p.stepId() + " " + p.group()).toList();
                if (!groups.isEmpty()) {
                    out.put(d + "groups", lines(groups));
                }
                out.put(d + "sites", lines(v.sites()));
            }
            return out;
        }

        static SeriesState parse(String name, Map<String, String> files) {
            Map<String, List<String>> top = keyValues(need(files, "series"));
            String changeId = one(top, "change-id");
            List<SeriesVersion> versions = new ArrayList<>();
            TreeMap<Integer, String> dirs = new TreeMap<>();
            for (String path : files.keySet()) {
                if (path.matches("v[0-9]+/version")) {
                    dirs.put(Integer.parseInt(path.substring(1, path.indexOf('/'))), path.substring(0, path.indexOf('/') + 1));
                }
            }
            for (String d : dirs.values()) {
                Map<String, List<String>> meta = keyValues(need(files, d + "version"));
                Map<String, List<String>> options = new LinkedHashMap<>();
                meta.forEach((k, v) -> {
                    if (k.startsWith("option.")) {
                        options.put(k.substring("option.".length()), v);
                    }
                });
                Map<String, String> groups = new LinkedHashMap<>();
                for (String line : split(files.getOrDefault(d + "groups", ""))) {
                    int space = line.indexOf(' ');
                    if (space < 1) {
                        throw new IllegalArgumentException(d + "groups: '" + line + "' is not 'step group'");
                    }
                    groups.put(line.substring(0, space), line.substring(space + 1));
                }
                List<PatchRecord> patches = new ArrayList<>();
                for (String line : split(files.getOrDefault(d + "patches", ""))) {
                    String[] f = line.split(" ", 4);
                    if (f.length < 4) {
                        throw new IllegalArgumentException(d + "patches: '" + line + "' is not 'commit step parts subject'");
                    }
                    patches.add(new PatchRecord(f[1], List.of(f[2].split(",")), ObjectId.fromString(f[0]), f[3],
                            groups.get(f[1])));
                }
                SeriesVersion v = new SeriesVersion(Integer.parseInt(one(meta, "number")),
                        ObjectId.fromString(one(meta, "base")), one(meta, "branch"), ObjectId.fromString(one(meta, "tip")),
                        one(meta, "recipe"), files.getOrDefault(d + "recipe.yaml", ""), options,
                        meta.containsKey("cover-subject") ? one(meta, "cover-subject") : "",
                        files.getOrDefault(d + "cover-blurb", ""), split(files.getOrDefault(d + "changes", "")),
                        patches, split(files.getOrDefault(d + "sites", "")));
                versions.add(v);
            }
            return new SeriesState(name, changeId, versions);
        }

        private static void kv(StringBuilder sb, String k, String v) {
            if (v.indexOf('\n') >= 0) {
                throw new SeriesException("series state value of " + k + " holds a newline: " + v);
            }
            sb.append(k).append(": ").append(v).append('\n');
        }

        private static String lines(List<String> l) {
            StringBuilder sb = new StringBuilder();
            for (String s : l) {
                if (s.indexOf('\n') >= 0) {
                    throw new SeriesException("series state line holds a newline: " + s);
                }
                sb.append(s).append('\n');
            }
            return sb.toString();
        }

        private static List<String> split(String text) {
            List<String> out = new ArrayList<>();
            for (String l : text.split("\n")) {
                if (!l.isEmpty()) {
                    out.add(l);
                }
            }
            return out;
        }

        private static Map<String, List<String>> keyValues(String text) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String l : split(text)) {
                int colon = l.indexOf(": ");
                String k = colon < 0 ? l.replaceAll(":$", "") : l.substring(0, colon);
                String v = colon < 0 ? "" : l.substring(colon + 2);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
            return out;
        }

        private static String need(Map<String, String> files, String path) {
            String s = files.get(path);
            if (s == null) {
                throw new IllegalArgumentException("no " + path);
            }
            return s;
        }

        private static String one(Map<String, List<String>> kv, String key) {
            List<String> v = kv.get(key);
            if (v == null || v.isEmpty()) {
                throw new IllegalArgumentException("no '" + key + ":'");
            }
            return v.get(0);
        }
    }
}

#!/usr/bin/env bash
# A rebase onto a base that changed 50 files the recipe reads: how many files the
# run after it reads and parses, with the scan cache and the per-blob model cache
# filled by the run before it, against a run with neither.
#   nice scripts/bench-rebase.sh [-n FILES] [TREE]   # TREE: default ~/.cache/respin/linux-6.12
# In a `git clone --bare --shared` of TREE (TREE is not touched): `respin series
# --recipe kvm-file` (v1, empty cache), then a commit on top that appends a comment
# to FILES (50) of the .c/.h files naming the recipe's words (the first files it
# parses), then `respin rebase --onto` it with the cache and, in another clone,
# without. Prints each run's --verbose account (phases, files read and parsed,
# what the caches did), wall and CPU seconds; exit 1 when the rebase parses more
# than FILES files or the two v2 series differ.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=50
if [ "${1:-}" = -n ]; then count=$2; shift 2; fi
tree=${1:-$HOME/.cache/respin/linux-6.12}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$root/scripts/kvm-file-words.sh"   # grep_args: the words of the kvm-file recipe
respin() { "$root/scripts/respin" "$@"; }
timed() { /usr/bin/time -f 'bench-rebase: %e s wall, %U+%S s CPU, %M KiB peak' -o "$work/t" "$@" 2>"$work/e" \
  >/dev/null || { cat "$work/e" >&2; exit 1; }; grep -h 'respin: start\|cache' "$work/e" || true; cat "$work/t"; }

for c in cached uncached; do git clone -q --bare --shared "$tree" "$work/$c.git"; done
g() { git -C "$work/cached.git" "$@"; }
base=$(g rev-parse HEAD)
echo "bench-rebase: v1 (respin series, empty cache)"
timed "$root/scripts/respin" series --recipe kvm-file --repo "$work/cached.git" -o "$work/v1" --cache "$work/cache" --verbose \
  --date 2024-11-18T10:00:00Z
respin series --recipe kvm-file --repo "$work/uncached.git" -o "$work/u1" --no-cache -q \
  --date 2024-11-18T10:00:00Z >/dev/null

# upstream moves: COUNT of the files the recipe reads get a comment at the end
mapfile -t files < <(g grep -l -w "${grep_args[@]}" HEAD -- '*.c' '*.h' | sed 's/^HEAD://' | head -n "$count")
[ "${#files[@]}" -eq "$count" ] || { echo "bench-rebase: only ${#files[@]} files name the words" >&2; exit 1; }
export GIT_INDEX_FILE=$work/index
g read-tree "$base"
for f in "${files[@]}"; do
  blob=$( { g cat-file blob "HEAD:$f"; echo "/* upstream moved */"; } | g hash-object -w --stdin)
  g update-index --cacheinfo "100644,$blob,$f"
done
onto=$(GIT_AUTHOR_NAME=Upstream GIT_AUTHOR_EMAIL=up@localhost GIT_COMMITTER_NAME=Upstream \
  GIT_COMMITTER_EMAIL=up@localhost GIT_AUTHOR_DATE=2024-11-20T10:00:00Z GIT_COMMITTER_DATE=2024-11-20T10:00:00Z \
  g commit-tree "$(g write-tree)" -p "$base" -m "upstream: touch $count files")
unset GIT_INDEX_FILE
for c in cached uncached; do
  git -C "$work/$c.git" fetch -q "$work/cached.git" "$onto" && git -C "$work/$c.git" update-ref refs/heads/upstream "$onto"
done

echo "bench-rebase: v2 (respin rebase --onto a base with $count changed files), caches from v1"
timed "$root/scripts/respin" rebase --series kvm-file --repo "$work/cached.git" --onto upstream -o "$work/v2" --cache "$work/cache" \
  --verbose --date 2024-11-21T10:00:00Z
# files of the tree parsed (the summary line); the type check's patched texts are counted apart
parsed=$(grep -h 'respin: start' "$work/e" | grep -o '[0-9][0-9]* parsed$' | cut -d' ' -f1)
echo "bench-rebase: v2 with no cache"
timed "$root/scripts/respin" rebase --series kvm-file --repo "$work/uncached.git" --onto upstream -o "$work/u2" --no-cache \
  --verbose --date 2024-11-21T10:00:00Z
status=0
if diff -r "$work/v2" "$work/u2" >/dev/null; then echo "bench-rebase: ok: cached and uncached v2 are byte-identical"
else echo "bench-rebase: FAILED: cached and uncached v2 differ"; status=1; fi
if [ "$parsed" -le "$count" ]; then echo "bench-rebase: ok: the rebase parsed $parsed files (<= $count)"
else echo "bench-rebase: FAILED: the rebase parsed $parsed files (> $count)"; status=1; fi
exit "$status"

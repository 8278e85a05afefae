#!/usr/bin/env bash
# bench-memory.sh: memory of the treewide i2c series, old build against new.
#   RESPIN_JAR=new.jar RESPIN_OLD_JAR=old.jar scripts/bench-memory.sh [--heaps "2g 1g 768m"] [--work DIR]
# In a `git clone --shared` of the 6.1 tree of scripts/kernel-tree.sh (DIR/linux-6.1,
# default a temporary folder; the tree itself is only read): for each heap, for each
# jar, `respin series --recipe i2c-probe-one-arg --split by-maintainer --no-cache`
# under /usr/bin/time -v with -Xlog:gc. Prints one line per run: exit code, wall, CPU
# (user + system), peak RSS, GC pauses (full ones) and their total time, the most
# the heap held after a full GC, respin's own count of syntax trees; then whether its
# patch files are byte-identical to those of the first run (diff -r). Exit 0 when
# every run that completed wrote the same files, 1 otherwise.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
heaps="2g 1g 768m" work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --heaps) heaps=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h|--help) sed -n 2,11p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-memory: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
new=${RESPIN_JAR:-$root/cli/target/respin.jar}
jars=("$new")
[ -z "${RESPIN_OLD_JAR:-}" ] || jars=("$RESPIN_OLD_JAR" "$new")
[ -x /usr/bin/time ] || { echo "bench-memory: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
tree=$("$root/scripts/kernel-tree.sh" 6.1 | tail -n 1)
work=${work:-$(mktemp -d)}
mkdir -p "$work"
repo=$work/linux-6.1
[ -d "$repo" ] || git clone -q --shared "$tree" "$repo"
status=0 first=""
for heap in $heaps; do
  for jar in "${jars[@]}"; do
    tag=$(basename "$jar" .jar)-$heap
    for r in $(git -C "$repo" for-each-ref --format='%(refname)' refs/heads/respin/ refs/respin/ refs/heads/bench/); do
      git -C "$repo" update-ref -d "$r"
    done
    rm -rf "$work/out-$tag"
    rc=0
    RESPIN_JAR=$jar RESPIN_JAVA_OPTS="-Xmx$heap -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xlog:gc:file=$work/gc-$tag.log" \
      /usr/bin/time -v -o "$work/time-$tag.txt" "$root/scripts/respin" series --recipe i2c-probe-one-arg \
      --split by-maintainer --repo "$repo" -o "$work/out-$tag" --series bench --branch "bench/$tag" \
      --date 2024-11-18T10:00:00Z --signoff "respin bench <respin@localhost>" --to auto --cc auto --verbose \
      --no-cache >"$work/log-$tag.txt" 2>&1 || rc=$?
    t=$work/time-$tag.txt
    wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$t")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$t")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$t")
    gc=$(awk '/Pause/ { n++; ms = $NF; sub("ms", "", ms); s += ms; if ($0 ~ /Pause Full/) { f++; split($(NF-1), a, "->");
           l = a[2]; sub(/M.*/, "", l); if (l + 0 > m) m = l + 0 } }
         END { printf "%d pauses (%d full), %.1f s, most held after a full GC %d MiB", n, f, s / 1000, m }' "$work/gc-$tag.log")
    trees=$(grep -o 'syntax trees: [^;]*' "$work/log-$tag.txt" | tail -n 1 || true)
    same=""
    if [ "$rc" -le 1 ]; then
      if [ -z "$first" ]; then
        first=$work/out-$tag same="(reference)"
      elif diff -r "$first" "$work/out-$tag" >/dev/null; then
        same="byte-identical"
      else
        same="DIFFERENT"; status=1
      fi
    fi
    echo "bench-memory: $tag: exit $rc, $wall wall, $cpu s CPU, peak RSS $rss MiB; gc: $gc; ${trees:-no tree count}; $same"
  done
done
exit $status

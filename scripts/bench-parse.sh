#!/usr/bin/env bash
# Whole-tree parse benchmark: respin's `parse` (through scripts/respin, so with
# the JVM options users get, a 2 GiB heap among them) and universal-ctags
# (function kinds, .c and .h read as C, so both read the same files) on the
# same tree, N runs each, alternating, so that load from others on
# a shared machine hits both alike. Prints each run, then medians, MB/s, the
# ratio respin/ctags and respin's peak resident memory.
#   scripts/bench-parse.sh [-n N] [TREE]      # TREE: default ~/.cache/respin/linux-6.12
#   BEFORE_JAR=old/respin.jar scripts/bench-parse.sh   # times an older build too, in the same rounds
#   OTHER_OPTS="-Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC" scripts/bench-parse.sh
#       # times respin with other JVM options too (the launcher's RESPIN_JAVA_OPTS), in the same rounds
# Needs cli/target/respin.jar (mvn -B -q install -DskipTests), ctags, GNU time.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=3
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
tree=${1:-$HOME/.cache/respin/linux-6.12}
jar=${RESPIN_JAR:-$root/cli/target/respin.jar}   # RESPIN_JAR: another build, e.g. an older one
[ -f "$jar" ] || { echo "bench-parse: $jar missing; run mvn -B -q install -DskipTests" >&2; exit 2; }
command -v ctags >/dev/null || { echo "bench-parse: ctags (universal-ctags) is needed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-parse: GNU time (/usr/bin/time) is needed" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

bytes=$(git -C "$tree" ls-files -s -- '*.c' '*.h' | awk '$1 ~ /^100/ {print $2}' \
  | git -C "$tree" cat-file --batch-check='%(objectsize)' | awk '{s += $1} END {print s}')

# the issue's figure is on 2 cores: on a larger machine, both tools get two
pin=(); if [ "$(nproc)" -gt 2 ] && command -v taskset >/dev/null; then pin=(taskset -c 0,1); fi

# one run: wall seconds, cpu seconds (user+sys), peak RSS in KiB
timed() { "${pin[@]}" /usr/bin/time -f '%e %U %S %M' -o "$out/t" "$@" >"$out/o" 2>"$out/e" || {
  cat "$out/e" >&2; exit 1; }; awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$out/t"; }

for i in $(seq "$runs"); do
  r=$(RESPIN_JAR=$jar timed "$root/scripts/respin" parse --repo "$tree")
  echo "respin $r" | tee -a "$out/all"
  if [ -n "${BEFORE_JAR:-}" ]; then
    b=$(RESPIN_JAR=$BEFORE_JAR timed "$root/scripts/respin" parse --repo "$tree")
    echo "before $b" | tee -a "$out/all"
  fi
  if [ -n "${OTHER_OPTS:-}" ]; then
    o=$(RESPIN_JAR=$jar RESPIN_JAVA_OPTS=$OTHER_OPTS timed "$root/scripts/respin" parse --repo "$tree")
    echo "opts   $o" | tee -a "$out/all"
  fi
  c=$(cd "$tree" && timed ctags -R --languages=C --langmap=C:.c.h --kinds-C=f -f - .)   # tags to stdout, dropped
  echo "ctags  $c" | tee -a "$out/all"
done

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
rw=$(awk '$1 == "respin" {print $2}' "$out/all" | median)
cw=$(awk '$1 == "ctags" {print $2}' "$out/all" | median)
rc=$(awk '$1 == "respin" {print $3}' "$out/all" | median)
cc=$(awk '$1 == "ctags" {print $3}' "$out/all" | median)
rm=$(awk '$1 == "respin" {print $4}' "$out/all" | sort -n | tail -n 1)
if [ -n "${BEFORE_JAR:-}" ]; then
  bw=$(awk '$1 == "before" {print $2}' "$out/all" | median)
  bc=$(awk '$1 == "before" {print $3}' "$out/all" | median)
  awk -v b="$bytes" -v bw="$bw" -v bc="$bc" -v cw="$cw" 'BEGIN {
    printf "bench: before median %.1f s wall (%.1f MB/s), %.1f s cpu, ratio before/ctags %.2f\n", bw, b / 1e6 / bw, bc, bw / cw }'
fi
if [ -n "${OTHER_OPTS:-}" ]; then
  ow=$(awk '$1 == "opts" {print $2}' "$out/all" | median)
  oc=$(awk '$1 == "opts" {print $3}' "$out/all" | median)
  awk -v ow="$ow" -v oc="$oc" -v cw="$cw" -v cc="$cc" -v o="$OTHER_OPTS" 'BEGIN {
    printf "bench: with %s: median %.1f s wall, %.1f s cpu, ratio to ctags %.2f (wall), %.2f (cpu)\n", o, ow, oc, ow / cw, oc / cc }'
fi
awk -v b="$bytes" -v rw="$rw" -v cw="$cw" -v rc="$rc" -v cc="$cc" -v rm="$rm" -v n="$runs" 'BEGIN {
  printf "bench: %d runs each, %.2f GB of .c/.h\n", n, b / 1e9
  printf "bench: respin median %.1f s wall (%.1f MB/s), %.1f s cpu, peak RSS %.0f MiB\n", rw, b / 1e6 / rw, rc, rm / 1024
  printf "bench: ctags  median %.1f s wall (%.1f MB/s), %.1f s cpu\n", cw, b / 1e6 / cw, cc
  printf "bench: ratio respin/ctags %.2f (wall), %.2f (cpu)\n", rw / cw, rc / cc }'
# the load of a shared machine moves both tools' CPU seconds: each round's own ratio too
awk '$1 == "respin" {r[++n] = $3} $1 == "ctags" {c[++m] = $3}
  END {printf "bench: cpu ratio respin/ctags per round:"; for (i = 1; i <= n; i++) printf " %.2f", r[i] / c[i]; print ""}' "$out/all"

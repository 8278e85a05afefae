#!/usr/bin/env bash
# Whole-tree speed of a dry run, against its floor and its peers, in one run:
# N rounds, each alternating (so load from others on a shared machine hits all alike)
#   grep       git grep -l -w of the names the kvm-file recipe asks the scan for
#   cold       respin diff --recipe kvm-file with an empty scan cache
#   warm       the same again, the cache filled by the cold run
#   spatch     Coccinelle on scripts/kvm-file.cocci (--use-gitgrep -j 2), when installed
#   parse      respin parse of the whole tree
#   ctags      universal-ctags over the same .c and .h files
#   parse-old  respin parse with the jar RESPIN_OLD_JAR names, when set (a build before a change)
# each with wall and CPU seconds and peak RSS (GNU time), then medians and ratios.
# respin runs through scripts/respin (its JVM options and class-data sharing archive),
# JVM start-up included. Run it once, niced, on a quiet-ish machine:
#   nice scripts/bench-diff.sh [-n N] [TREE]    # TREE: default ~/.cache/respin/linux-6.12
# Needs cli/target/respin.jar (mvn -B -q package -DskipTests), git, GNU time, ctags.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=3
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
tree=${1:-$HOME/.cache/respin/linux-6.12}
jar=${RESPIN_JAR:-$root/cli/target/respin.jar}
[ -f "$jar" ] || { echo "bench-diff: $jar missing; run mvn -B -q package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-diff: GNU time (/usr/bin/time) is needed (apt-get install time)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
. "$root/scripts/kvm-file-words.sh"   # grep_args: the words of the kvm-file recipe
have_spatch=; command -v spatch >/dev/null && have_spatch=1
have_ctags=; command -v ctags >/dev/null && have_ctags=1
pin=(); if [ "$(nproc)" -gt 2 ] && command -v taskset >/dev/null; then pin=(taskset -c 0,1); fi

# one run: "wall cpu peakKiB", its stdout kept in $out/o
timed() { "${pin[@]}" /usr/bin/time -f '%e %U %S %M' -o "$out/t" "$@" >"$out/o" 2>"$out/e" || {
  rc=$?; [ "$rc" = 1 ] && [ "$1" = git ] || { cat "$out/e" >&2; exit 1; }; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$out/t"; }
respin() { RESPIN_JAR=$jar "$root/scripts/respin" "$@"; }

respin recipes >/dev/null   # builds the class-data sharing archive once, outside the timings
[ -z "${RESPIN_OLD_JAR:-}" ] || RESPIN_JAR=$RESPIN_OLD_JAR "$root/scripts/respin" recipes >/dev/null
for i in $(seq "$runs"); do
  echo "grep   $(timed git -C "$tree" grep -l -w "${grep_args[@]}" -- '*.c' '*.h')" | tee -a "$out/all"
  rm -rf "$out/cache"
  echo "cold   $(timed env RESPIN_JAR="$jar" "$root/scripts/respin" diff --recipe kvm-file --repo "$tree" \
    --cache "$out/cache" --verbose)" | tee -a "$out/all"
  grep -h 'respin: start\|scan cache' "$out/e" | sed 's/^/         /'
  cp "$out/o" "$out/cold.diff"
  echo "warm   $(timed env RESPIN_JAR="$jar" "$root/scripts/respin" diff --recipe kvm-file --repo "$tree" \
    --cache "$out/cache" --verbose)" | tee -a "$out/all"
  grep -h 'respin: start\|scan cache' "$out/e" | sed 's/^/         /'
  cmp -s "$out/o" "$out/cold.diff" || { echo "bench-diff: the warm run printed another diff" >&2; exit 1; }
  if [ -n "$have_spatch" ]; then
    # from $out: with -j, spatch keeps its workers' output in a folder of the current one
    echo "spatch $(cd "$out" && timed spatch --sp-file "$root/scripts/kvm-file.cocci" --dir "$tree" \
      --use-gitgrep -j 2 --very-quiet)" | tee -a "$out/all"
  fi
  echo "parse  $(timed env RESPIN_JAR="$jar" "$root/scripts/respin" parse --repo "$tree")" | tee -a "$out/all"
  if [ -n "${RESPIN_OLD_JAR:-}" ]; then
    echo "parse-old $(timed env RESPIN_JAR="$RESPIN_OLD_JAR" "$root/scripts/respin" parse --repo "$tree")" \
      | tee -a "$out/all"
  fi
  if [ -n "$have_ctags" ]; then
    echo "ctags  $(cd "$tree" && timed ctags -R --languages=C --langmap=C:.c.h --kinds-C=f -f - .)" | tee -a "$out/all"
  fi
done

median() { sort -n | awk '{a[NR] = $1} END {if (NR == 0) print 0; else print (NR % 2) ? a[(NR + 1) / 2] \
  : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
col() { awk -v k="$1" -v c="$2" '$1 == k {print $c}' "$out/all" | median; }
echo "bench: $runs rounds on $tree, medians (wall s, cpu s, peak MiB)"
for k in grep cold warm spatch parse parse-old ctags; do
  grep -q "^$k " "$out/all" || continue
  printf 'bench: %-9s %7.2f %7.2f %7.0f\n' "$k" "$(col "$k" 2)" "$(col "$k" 3)" "$(awk -v m="$(col "$k" 4)" \
    'BEGIN {print m / 1024}')"
done
ratio() { awk -v a="$(col "$1" "$3")" -v b="$(col "$2" "$3")" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
echo "bench: warm/grep $(ratio warm grep 2) wall, $(ratio warm grep 3) cpu;" \
  "cold/grep $(ratio cold grep 2) wall, $(ratio cold grep 3) cpu"
if [ -n "$have_spatch" ]; then
  echo "bench: warm/spatch $(ratio warm spatch 2) wall, $(ratio warm spatch 3) cpu;" \
    "cold/spatch $(ratio cold spatch 2) wall, $(ratio cold spatch 3) cpu"
fi
[ -n "$have_ctags" ] && echo "bench: parse/ctags $(ratio parse ctags 2) wall, $(ratio parse ctags 3) cpu"
[ -n "${RESPIN_OLD_JAR:-}" ] && echo "bench: parse/parse-old $(ratio parse parse-old 2) wall," \
  "$(ratio parse parse-old 3) cpu"
exit 0

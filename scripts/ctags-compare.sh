#!/usr/bin/env bash
# Function-definition recall of `respin parse` against universal-ctags on one tree.
# ctags (kinds f, .c and .h read as C) and respin (--list functions,prototypes)
# read the same regular *.c/*.h files of HEAD; every difference is classified by
# kind, and recall is counted over ctags' definitions that are real functions
# (its false positives — macro invocations without ';', bodies of #define —
# are counted apart).
#   scripts/ctags-compare.sh [TREE]     # TREE: default ~/.cache/respin/linux-6.12
#   KEEP=DIR scripts/ctags-compare.sh   # keep both listings and the differences in DIR
# Needs cli/target/respin.jar, ctags, python3; the work tree must match HEAD.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tree=${1:-$HOME/.cache/respin/linux-6.12}
jar=${RESPIN_JAR:-$root/cli/target/respin.jar}
[ -f "$jar" ] || { echo "ctags-compare: $jar missing; run mvn -B -q install -DskipTests" >&2; exit 2; }
command -v ctags >/dev/null || { echo "ctags-compare: ctags (universal-ctags) is needed" >&2; exit 2; }
git -C "$tree" diff --quiet HEAD -- '*.c' '*.h' || { echo "ctags-compare: $tree differs from HEAD" >&2; exit 2; }
out=${KEEP:-$(mktemp -d)}
mkdir -p "$out"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$out"' EXIT

git -C "$tree" ls-files -s -- '*.c' '*.h' | awk '$1 ~ /^100/ {print $4}' >"$out/files"
(cd "$tree" && ctags -L "$out/files" --languages=C --langmap=C:.c.h --kinds-C=f --fields=+n -x) >"$out/ctags"
RESPIN_JAR=$jar "$root/scripts/respin" parse --repo "$tree" --stats --list functions,prototypes >"$out/respin"
python3 "$root/scripts/ctags-compare.py" "$tree" "$out/ctags" "$out/respin" "$out"

#!/usr/bin/env bash
# diff-acceptance.sh: respin's output equals git's on the real Linux 6.12 tree, in a
# `git clone --shared` of it (objects borrowed through objects/info/alternates, a
# common kernel set-up; the tree itself is not touched):
#   - `respin diff --recipe R` equals `git diff HEAD respin/R-v1` once `respin series`
#     has made the branch, plain and with --color=always, byte for byte;
#   - the patch files of `respin series --no-cover-letter` equal `git format-patch
#     --base=HEAD` of the branch (with respin's signature line given to git).
# Twice: in a clone of the tree as scripts/kernel-tree.sh leaves it (its objects
# loose, so git counts 1 packed object and abbreviates to 7 digits), and in a
# clone of a packed copy (91,889 objects in one pack: 9 digits, as a developer's
# clone of a packed kernel repository shows).
#   scripts/diff-acceptance.sh [--recipe R] [--keep DIR]
# Prints one `diff-acceptance: ...` line per check; exit 0 when all hold, 1 otherwise.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
name=diff-acceptance help=2,14p
. "$root/scripts/acceptance-args.sh" "$@"
branch="respin/$recipe-v1"
status=0

check() { # name, file1, file2
  if cmp -s "$2" "$3"; then
    echo "diff-acceptance: $1: equal ($(wc -l <"$2") lines)"
  else
    echo "diff-acceptance: $1: DIFFERENT"; diff "$2" "$3" | head -n 20; status=1
  fi
}

# run NAME LENDER [--color]: the checks in a fresh `git clone --shared` of LENDER.
run() {
  local name=$1 lender=$2 color=${3:-} dir="$work/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  git clone -q --shared "$lender" "$dir/linux"
  echo "diff-acceptance: $name: clone borrowing from $(cat "$dir/linux/.git/objects/info/alternates")" \
    "($(git -C "$lender" count-objects -v | sed -n 's/^in-pack: //p') packed objects there)"
  # the clone copies the lender's refs (another run's branches too): compare before and after
  git -C "$dir/linux" for-each-ref --format='%(refname) %(objectname)' >"$dir/refs.before"
  "$root/scripts/respin" diff --recipe "$recipe" --repo "$dir/linux" >"$dir/respin.diff"
  [ -z "$color" ] || "$root/scripts/respin" diff --recipe "$recipe" --repo "$dir/linux" --color=always \
    >"$dir/respin.color.diff"
  git -C "$dir/linux" for-each-ref --format='%(refname) %(objectname)' >"$dir/refs.after"
  if ! cmp -s "$dir/refs.before" "$dir/refs.after"; then
    echo "diff-acceptance: $name: respin diff wrote a ref"; diff "$dir/refs.before" "$dir/refs.after"; status=1
  fi
  "$root/scripts/respin" series --recipe "$recipe" --repo "$dir/linux" --no-cover-letter -o "$dir/respin-series" \
    --signoff "respin acceptance <respin@localhost>" --date 2024-11-18T10:00:00Z >"$dir/series.log" || true
  git -C "$dir/linux" diff HEAD "$branch" >"$dir/git.diff"
  check "$name: respin diff = git diff HEAD $branch" "$dir/respin.diff" "$dir/git.diff"
  if [ -n "$color" ]; then
    git -C "$dir/linux" diff --color=always HEAD "$branch" >"$dir/git.color.diff"
    check "$name: respin diff --color=always = git diff --color=always" "$dir/respin.color.diff" \
      "$dir/git.color.diff"
  fi
  local sig patches digits
  sig=$(awk 'prev == "-- " { print; exit } { prev = $0 }' "$(ls "$dir/respin-series"/*.patch | head -n 1)")
  git -C "$dir/linux" format-patch -q -o "$dir/git-series" --base=HEAD --signature="$sig" "HEAD..$branch"
  patches=$(ls "$dir/git-series" | wc -l)
  digits=$(sed -n 's/^index \([0-9a-f]*\)\..*/\1/p' "$dir/git-series"/0001-* | head -n 1 | tr -d '\n' | wc -c)
  if [ "$patches" -gt 0 ] && diff -r "$dir/respin-series" "$dir/git-series" >"$dir/series.diff"; then
    echo "diff-acceptance: $name: respin series = git format-patch: $patches of $patches patch files equal" \
      "(index lines of $digits digits)"
  else
    echo "diff-acceptance: $name: respin series = git format-patch: DIFFERENT"; head -n 20 "$dir/series.diff"
    status=1
  fi
}

run loose "$tree" --color
packed="$work/packed.git"
rm -rf "$packed"; git init -q --bare "$packed"
git -C "$tree" rev-list --objects HEAD \
  | git -C "$tree" -c pack.compression=1 pack-objects -q --window=0 --depth=0 "$packed/objects/pack/pack" >/dev/null
git -C "$packed" update-ref refs/heads/master "$(git -C "$tree" rev-parse HEAD)"
git -C "$packed" symbolic-ref HEAD refs/heads/master
run packed "$packed"
exit "$status"

#!/usr/bin/env bash
# treewide-scale.sh: a split series of hundreds of patches on Linux 6.1, timed.
#   scripts/treewide-scale.sh [--recipe R] [--keep DIR]
# In a `git clone --bare --shared` of the 6.1 tree of scripts/kernel-tree.sh (the
# tree itself is not touched): `respin series --to auto --cc auto` of R (default: a
# generated test recipe, i2c-id-devid, that renames the id argument of every static
# i2c probe function of the tree, with split: by-maintainer), then `respin status`,
# then an upstream-like commit touching one of the series' files and `respin rebase`
# onto it. Prints one `treewide-scale: ...` line per figure: patches, groups, wall
# time, peak RSS (the launcher's heap is 2 GiB), respin's own phase times, and the
# checkpatch.pl findings; exit 0 when every command did what it should, 1 otherwise.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
recipe="" keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --recipe) recipe=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n 2,11p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "treewide-scale: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
tree=$("$root/scripts/kernel-tree.sh" 6.1 | tail -n 1)
work=${keep:-$(mktemp -d)}
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
repo="$work/linux.git"
rm -rf "$repo" "$work/v1" "$work/v2"
git clone -q --bare --shared "$tree" "$repo"
g() { git -C "$repo" "$@"; }
status=0
say() { echo "treewide-scale: $*"; }

if [ -z "$recipe" ]; then
  # Static probe functions `int f(struct i2c_client *c, const struct i2c_device_id *id)`
  # with a name no other such function has (a test recipe, not a migration to send).
  recipe="$work/i2c-id-devid.yaml"
  names=$(g grep -l 'const struct i2c_device_id \*id)' HEAD -- '*.c' | sed 's/^HEAD://' | while read -r f; do
      g show "HEAD:$f" | perl -0777 -ne \
        'print "$1\n" while /^static int (\w+)\(struct i2c_client \*\w+,\s*const struct i2c_device_id \*id\)\s*\n\{/mg'
    done | sort | uniq -u | paste -sd, | sed 's/,/, /g')
  cat > "$recipe" <<YAML
name: i2c-id-devid
description: i2c probe functions name their id argument devid
split: by-maintainer
cover:
  blurb: |
    A scale test of respin's split series: every static i2c probe function
    of the tree names its i2c_device_id argument devid.
steps:
  - id: drivers
    subject: "Name the i2c_device_id argument of probe devid"
    body: |
      A scale test: the probe functions name their i2c_device_id devid.
    changes:
      - change-param-type:
          function: [$names]
          param: id
          type: const struct i2c_device_id *
          rename: devid
          local: "const struct i2c_device_id *id = devid;"
YAML
fi
name=$(sed -n 's/^name: *//p' "$recipe" 2>/dev/null | head -1)
name=${name:-$recipe}

timed() { # timed LABEL LOG CMD...: runs CMD (stderr to LOG), prints wall time and peak RSS on stderr
  local label=$1 log=$2 rc=0
  shift 2
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" 2> "$log" || rc=$?
  read -r secs kb < <(tail -n 1 "$work/time")
  say "$label: exit $rc, ${secs} s wall, peak RSS $((kb / 1024)) MiB" >&2
  grep '^respin: start' "$log" | sed 's/^respin: /treewide-scale:   phases: /' >&2 || true
  return "$rc"
}

rc=0
timed "series ($(g describe --tags HEAD))" "$work/series.err" "$root/scripts/respin" series --recipe "$recipe" \
  --repo "$repo" --to auto --cc auto -o "$work/v1" --date 2024-11-18T10:00:00Z --verbose > "$work/series.out" || rc=$?
[ "$rc" -le 1 ] || status=1
patches=$(find "$work/v1" -name '0*.patch' ! -name '0000-*' | wc -l)
groups=$(grep -c '^patch [0-9]*: ' "$work/v1/0000-cover-letter.patch" || true)
say "patches: $patches (+ cover letter), groups listed in the cover letter: $groups"
say "files changed: $(sed -n 's/^ \([0-9]*\) files\? changed.*/\1/p' "$work/v1/0000-cover-letter.patch")"
say "$(grep '^checks:' "$work/series.out" || echo 'checks: none reported')"
[ "$patches" -ge 2 ] || status=1

timed "status" "$work/status.err" "$root/scripts/respin" status --repo "$repo" --series "$name" \
  > "$work/status.out" || status=1
head -3 "$work/status.out" | sed 's/^/treewide-scale:   /'

# Upstream moves: one file of the series gets a comment line at its end.
file=$(sed -n 's/^diff --git a\/\([^ ]*\) .*/\1/p' "$work/v1/0002-"*.patch | head -1)
blob=$( (g show "HEAD:$file"; echo "/* upstream moved */") | g hash-object -w --stdin)
idx="$work/index"
GIT_INDEX_FILE=$idx g read-tree HEAD
GIT_INDEX_FILE=$idx g update-index --cacheinfo "100644,$blob,$file"
upstream=$(echo "upstream: touch $file" | GIT_AUTHOR_NAME=u GIT_AUTHOR_EMAIL=u@example.org \
  GIT_COMMITTER_NAME=u GIT_COMMITTER_EMAIL=u@example.org g commit-tree "$(GIT_INDEX_FILE=$idx g write-tree)" -p HEAD)
timed "rebase onto a commit touching $file" "$work/rebase.err" "$root/scripts/respin" rebase --repo "$repo" \
  --series "$name" --onto "$upstream" -o "$work/v2" --date 2024-11-25T10:00:00Z > "$work/rebase.out" || rc=$?
v2=$(find "$work/v2" -name 'v2-0*.patch' ! -name 'v2-0000-*' 2>/dev/null | wc -l)
say "v2 patches: $v2"
[ "$v2" -eq "$patches" ] || status=1
exit "$status"

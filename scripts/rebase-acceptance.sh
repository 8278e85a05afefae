#!/usr/bin/env bash
# rebase-acceptance.sh: respin a series on the real Linux 6.12 tree after upstream
# moves, the way a maintainer's v2 happens.
#   scripts/rebase-acceptance.sh [--recipe R] [--keep DIR]
# In a `git clone --bare --shared` of the tree of scripts/kernel-tree.sh (the tree
# itself is not touched): v1 of R on the release; then an upstream-like commit on
# top adds a KVM device that calls kvm_write_track_add_gfn(dev->kvm, gfn);
# `respin rebase --onto` it must give v2 with that caller migrated and named in
# "Changes in v2:", a range-diff equal to `git range-diff --no-color` of the two
# branches, and `--if-changed` on the same base must then say "up to date".
# Prints the v2 cover letter and one `rebase-acceptance: ...` line per check;
# exit 0 when every check holds, 1 otherwise.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
name=rebase-acceptance help=2,12p
. "$root/scripts/acceptance-args.sh" "$@"
repo="$work/linux.git"
rm -rf "$repo" "$work/v1" "$work/v2" "$work/same"
git clone -q --bare --shared "$tree" "$repo"
base=$(git -C "$repo" rev-parse HEAD)
respin() { "$root/scripts/respin" "$@"; }
g() { git -C "$repo" "$@"; }
status=0
check() { # check NAME CONDITION-EXIT-CODE
  if [ "$2" -eq 0 ]; then echo "rebase-acceptance: ok: $1"; else echo "rebase-acceptance: FAILED: $1"; status=1; fi
}
timed() { # timed LABEL CMD...: runs CMD, prints its time, returns its exit code
  local label=$1 start rc=0
  shift
  start=$(date +%s%N)
  "$@" || rc=$?
  echo "rebase-acceptance: $label: exit $rc in $(( ($(date +%s%N) - start) / 1000000 )) ms"
  return "$rc"
}

quiet() { "$@" >/dev/null; }
timed "v1 (respin series on $(g describe --tags HEAD))" \
  quiet respin series --recipe "$recipe" --repo "$repo" -o "$work/v1" --date 2024-11-18T10:00:00Z

# Upstream moves: a new user of the page-track API, written with plumbing so that
# no work tree is needed.
blob=$(git -C "$repo" hash-object -w --stdin <<'EOF'
// SPDX-License-Identifier: GPL-2.0-only
/*
 * A KVM device that write-protects guest pages on request.
 */

#include <linux/kvm_host.h>
#include <asm/kvm_page_track.h>

static int kvm_wp_set_attr(struct kvm_device *dev,
			   struct kvm_device_attr *attr)
{
	gfn_t gfn = attr->attr;

	return kvm_write_track_add_gfn(dev->kvm, gfn);
}
EOF
)
index="$work/index"
rm -f "$index"
GIT_INDEX_FILE=$index g read-tree "$base"
GIT_INDEX_FILE=$index g update-index --add --cacheinfo "100644,$blob,arch/x86/kvm/wp_dev.c"
newtree=$(GIT_INDEX_FILE=$index g write-tree)
onto=$(GIT_AUTHOR_NAME="KVM Developer" GIT_AUTHOR_EMAIL="kvm@localhost" \
  GIT_COMMITTER_NAME="KVM Developer" GIT_COMMITTER_EMAIL="kvm@localhost" \
  GIT_AUTHOR_DATE=2024-11-20T10:00:00Z GIT_COMMITTER_DATE=2024-11-20T10:00:00Z \
  g commit-tree "$newtree" -p "$base" -m "KVM: x86: Add a write-protect device")
g update-ref refs/heads/upstream "$onto"

timed "v2 (respin rebase --onto upstream)" \
  respin rebase --series "$recipe" --repo "$repo" --onto upstream -o "$work/v2" --date 2024-11-21T10:00:00Z
cover="$work/v2/v2-0000-cover-letter.patch"
echo "----- $cover"
cat "$cover"
echo "-----"

v1_branch=$(g for-each-ref --format='%(refname:short)' "refs/heads/respin/$recipe-v1")
v2_branch=$(g for-each-ref --format='%(refname:short)' "refs/heads/respin/$recipe-v2")
n1=$(g rev-list --count "$base..$v1_branch")
n2=$(g rev-list --count "$onto..$v2_branch")
grep -q '^-.*kvm_write_track_add_gfn(dev->kvm, gfn);$' <(cat "$work"/v2/v2-0*.patch) \
  && grep -q '^+.*kvm_write_track_add_gfn(dev->kvm_file, gfn);$' <(cat "$work"/v2/v2-0*.patch)
check "the new caller in arch/x86/kvm/wp_dev.c is migrated to dev->kvm_file in v2" $?
grep -q '^- New site from upstream: arch/x86/kvm/wp_dev.c' "$cover"
check "\"Changes in v2:\" names the new site" $?
# The range-diff section runs from its header to "base-commit:" (command
# substitution drops the blank line between them); git prints the same lines.
want=$(g range-diff --no-color "$base..$v1_branch" "$onto..$v2_branch")
have=$(awk '/^base-commit: /{exit} on{print} /^Range-diff against v1:$/{on=1}' "$cover")
[ -n "$want" ] && [ "$want" = "$have" ]
check "range-diff equals git range-diff --no-color ($n1 and $n2 commits)" $?

out=$(timed "respin rebase --if-changed on the same base" \
  respin rebase --series "$recipe" --repo "$repo" --onto upstream --if-changed -o "$work/same" 2>&1) || true
echo "$out"
grep -q "is up to date on" <<<"$out" && [ ! -e "$work/same" ]
check "--if-changed says up to date and writes nothing" $?
exit "$status"

#!/usr/bin/env bash
# Real-kernel acceptance: the kvm-file and kvm-file-wrapper series on Linux 6.12
# from Debian's linux-source-6.12, checked by respin's rules and by the tree's own
# scripts/checkpatch.pl --strict, and the export report for KVM's reference-count
# functions, the whole tree's parse (byte-identical round trip, opaque share),
# the rebase run, and respin diff/series against git in shared clones
# (scripts/diff-acceptance.sh). Prints the figures the issues ask for.
#   scripts/acceptance.sh            # needs root (or sudo) for apt-get once
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tree=$("$root/scripts/kernel-tree.sh" | tail -n 1)
out=$(mktemp -d)
recipes=(kvm-file kvm-file-wrapper)
cleanup() {
  for r in "${recipes[@]}"; do
    git -C "$tree" branch -D "respin/acceptance-$r-$$" >/dev/null 2>&1 || true
    git -C "$tree" update-ref -d "refs/respin/series/acceptance-$r-$$" >/dev/null 2>&1 || true
  done
  rm -rf "$out"
}
trap cleanup EXIT
command -v perl >/dev/null || { echo "acceptance: perl is needed for checkpatch.pl" >&2; exit 2; }

# The To: and Cc: addresses of a patch file, one a line, in header order.
addresses() {
  awk '/^$/ { exit } /^(To|Cc): / { on = 1; sub(/^(To|Cc): /, ""); print; next }
       /^    / && on { sub(/^    /, ""); print; next } { on = 0 }' "$1" | sed 's/,$//'
}

status=0
for recipe in "${recipes[@]}"; do
  branch="respin/acceptance-$recipe-$$"
  start=$(date +%s%N)
  set +e
  "$root/scripts/respin" series --recipe "$recipe" --repo "$tree" -o "$out/$recipe" --branch "$branch" \
    --series "acceptance-$recipe-$$" \
    --signoff "respin acceptance <respin@localhost>" --date 2024-11-18T10:00:00Z --to auto --cc auto
  rc=$?
  set -e
  end=$(date +%s%N)
  echo "acceptance: $recipe: respin series exit $rc in $(( (end - start) / 1000000 )) ms"
  [ "$rc" -le 1 ] || exit "$rc"

  echo "acceptance: $recipe: scripts/checkpatch.pl --strict on every patch:"
  (cd "$tree" && perl scripts/checkpatch.pl --strict --terse "$out/$recipe"/*.patch) | tee "$out/$recipe.checkpatch"
  bad=$(grep -cE ': (ERROR|WARNING):' "$out/$recipe.checkpatch" || true)
  echo "acceptance: $recipe: checkpatch errors+warnings: $bad"
  echo "acceptance: $recipe: files changed:"
  git -C "$tree" diff --stat "$branch~$(ls "$out/$recipe"/0*.patch | grep -vc cover-letter)" "$branch" | tail -n 30
  same=0 total=0
  for patch in "$out/$recipe"/0*.patch; do
    case "$patch" in *cover-letter.patch) continue ;; esac
    total=$((total + 1))
    if [ "$(addresses "$patch")" = "$(cd "$tree" && perl scripts/get_maintainer.pl --no-git --no-rolestats "$patch")" ]; then
      same=$((same + 1))
    else
      echo "acceptance: $recipe: To/Cc of $(basename "$patch") differ from get_maintainer.pl"
    fi
  done
  echo "acceptance: $recipe: To+Cc equal to get_maintainer.pl --no-git, same order: $same of $total patches"
  { [ "$rc" -eq 0 ] && [ "$bad" -eq 0 ] && [ "$same" -eq "$total" ]; } || status=1
done

echo "acceptance: exports of KVM's reference counting used outside KVM:"
"$root/scripts/respin" explain --exports --subsystem-path virt/kvm --subsystem-path 'arch/*/kvm' \
  --symbol kvm_get_kvm --symbol kvm_get_kvm_safe --symbol kvm_put_kvm --repo "$tree"
echo "acceptance: whole-tree parse, round trip and opaque share (issue 3):"
set +e
"$root/scripts/respin" parse --repo "$tree" --roundtrip --stats | grep -vE ' opaque$|^  [^ ]+:[0-9]+:[0-9]+: opaque \(' | tee "$out/parse"
rc=${PIPESTATUS[0]}
set -e
opaque=$(sed -n 's/.*bytes, \([0-9.]*\)%)$/\1/p' "$out/parse")
echo "acceptance: parse exit $rc, opaque ${opaque:-?} % of the bytes (must be under 1 %)"
{ [ "$rc" -eq 0 ] && awk -v o="${opaque:-100}" 'BEGIN { exit !(o < 1) }'; } || status=1
echo "acceptance: respin rebase on the real tree:"
"$root/scripts/rebase-acceptance.sh" || status=1
echo "acceptance: respin diff and series against git diff and git format-patch in git clone --shared (issue 16):"
"$root/scripts/diff-acceptance.sh" || status=1
exit "$status"

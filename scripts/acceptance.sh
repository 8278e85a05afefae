#!/usr/bin/env bash
# Real-kernel acceptance: the kvm-file and kvm-file-wrapper series on Linux 6.12
# from Debian's linux-source-6.12, checked by respin's rules and by the tree's own
# scripts/checkpatch.pl --strict, and the export report for KVM's reference-count
# functions. Prints the figures the issues ask for.
#   scripts/acceptance.sh            # needs root (or sudo) for apt-get once
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tree=$("$root/scripts/kernel-tree.sh" | tail -n 1)
out=$(mktemp -d)
recipes=(kvm-file kvm-file-wrapper)
cleanup() {
  for r in "${recipes[@]}"; do git -C "$tree" branch -D "respin/acceptance-$r-$$" >/dev/null 2>&1 || true; done
  rm -rf "$out"
}
trap cleanup EXIT
command -v perl >/dev/null || { echo "acceptance: perl is needed for checkpatch.pl" >&2; exit 2; }

status=0
for recipe in "${recipes[@]}"; do
  branch="respin/acceptance-$recipe-$$"
  start=$(date +%s%N)
  set +e
  "$root/scripts/respin" series --recipe "$recipe" --repo "$tree" -o "$out/$recipe" --branch "$branch" \
    --signoff "respin acceptance <respin@localhost>" --date 2024-11-18T10:00:00Z
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
  { [ "$rc" -eq 0 ] && [ "$bad" -eq 0 ]; } || status=1
done

echo "acceptance: exports of KVM's reference counting used outside KVM:"
"$root/scripts/respin" explain --exports --subsystem-path virt/kvm --subsystem-path 'arch/*/kvm' \
  --symbol kvm_get_kvm --symbol kvm_get_kvm_safe --symbol kvm_put_kvm --repo "$tree"
exit "$status"

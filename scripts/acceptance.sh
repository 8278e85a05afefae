#!/usr/bin/env bash
# Real-kernel acceptance: the kvm-file series on Linux 6.12 from Debian's
# linux-source-6.12, checked by respin's rules and by the tree's own
# scripts/checkpatch.pl --strict. Prints the figures the issues ask for.
#   scripts/acceptance.sh            # needs root (or sudo) for apt-get once
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tree=$("$root/scripts/kernel-tree.sh" | tail -n 1)
out=$(mktemp -d)
branch="respin/acceptance-$$"
trap 'git -C "$tree" branch -D "$branch" >/dev/null 2>&1 || true; rm -rf "$out"' EXIT
command -v perl >/dev/null || { echo "acceptance: perl is needed for checkpatch.pl" >&2; exit 2; }

start=$(date +%s%N)
set +e
"$root/scripts/respin" series --recipe kvm-file --repo "$tree" -o "$out/series" --branch "$branch" \
  --signoff "respin acceptance <respin@localhost>" --date 2024-11-18T10:00:00Z
rc=$?
set -e
end=$(date +%s%N)
echo "acceptance: respin series exit $rc in $(( (end - start) / 1000000 )) ms"
[ "$rc" -le 1 ] || exit "$rc"

echo "acceptance: scripts/checkpatch.pl --strict on every patch:"
(cd "$tree" && perl scripts/checkpatch.pl --strict --terse "$out"/series/*.patch) | tee "$out/checkpatch.txt"
bad=$(grep -cE ': (ERROR|WARNING):' "$out/checkpatch.txt" || true)
echo "acceptance: checkpatch errors+warnings: $bad"
echo "acceptance: files changed:"
git -C "$tree" diff --stat "$branch~$(ls "$out"/series/0*.patch | grep -vc cover-letter)" "$branch" | tail -n 30
[ "$rc" -eq 0 ] && [ "$bad" -eq 0 ]

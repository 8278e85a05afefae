#!/usr/bin/env bash
# Parses mutants of a kernel tree's C files (CSourceParserFuzzTest on them): no exception, a
# time bound per file, the exact round trip. Prints the counts and the time.
#   scripts/fuzz.sh                      # 100,000 mutants of Linux 6.12 files
#   scripts/fuzz.sh DIR COUNT [SEED]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tree=${1:-${RESPIN_CACHE:-$HOME/.cache/respin}/linux-6.12}
count=${2:-100000}
seed=${3:-20261206}
# a sample of the tree's files: every 20th .c/.h file under 2 MB, copied so the test reads a folder
sample=$(mktemp -d)
trap 'rm -rf "$sample"' EXIT
git -C "$tree" ls-files '*.c' '*.h' | awk 'NR % 20 == 0' | while read -r f; do
  mkdir -p "$sample/$(dirname "$f")"; git -C "$tree" show "HEAD:$f" > "$sample/$f" 2>/dev/null || true
done
cd "$root"
start=$(date +%s)
nice mvn -B -o -q -pl core -Dtest='CSourceParserFuzzTest#mutantsParseAndRoundTrip' -Dsurefire.failIfNoSpecifiedTests=false \
  -Drespin.fuzz.tree="$sample" -Drespin.fuzz.count="$count" -Drespin.fuzz.seed="$seed" test
grep -h "^fuzz:" core/target/surefire-reports/respin.core.parse.CSourceParserFuzzTest-output.txt 2>/dev/null || true
echo "fuzz.sh: $(( $(date +%s) - start )) s"

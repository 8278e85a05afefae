#!/usr/bin/env bash
# Parses mutants of a kernel tree's C files (CSourceParserFuzzTest on them): no exception, under
# 10 s a file, the exact round trip. Prints the counts, each problem with its mutant seed and
# file, and the time; exit 1 when there is a problem. core/target/fuzz.log shows progress
# every 5,000 mutants while it runs.
#   scripts/fuzz.sh                       # 100,000 mutants of every 20th C file of Linux 6.12
#   scripts/fuzz.sh DIR COUNT [SEED]      # DIR: a kernel work tree
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tree=${1:-${RESPIN_CACHE:-$HOME/.cache/respin}/linux-6.12}
count=${2:-100000}
seed=${3:-20261206}
cd "$root"
mkdir -p core/target
start=$(date +%s)
status=0
nice mvn -B -o -q -pl core -Dtest='CSourceParserFuzzTest#mutantsParseAndRoundTrip' \
  -Dsurefire.failIfNoSpecifiedTests=false -Drespin.fuzz.tree="$tree" -Drespin.fuzz.every=20 \
  -Drespin.fuzz.count="$count" -Drespin.fuzz.seed="$seed" test > core/target/fuzz.log 2>&1 || status=1
grep -ah "fuzz:" core/target/fuzz.log | sed "s/^.*fuzz:/fuzz:/" || tail -20 core/target/fuzz.log
echo "fuzz.sh: $(( $(date +%s) - start )) s"
exit $status

#!/usr/bin/env bash
# Prints one line per .c/.h file of a tree: its path and a SHA-256 of the whole
# model respin builds of it. A change made for speed must leave these lines as
# they were: compare an older build's output with the new one's.
#   scripts/model-digest.sh [TREE [REV]] > new.txt
#   RESPIN_JAR=/tmp/old.jar scripts/model-digest.sh > old.txt; diff old.txt new.txt
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar=${RESPIN_JAR:-$root/cli/target/respin.jar}
[ -f "$jar" ] || { echo "model-digest: $jar missing; run mvn -B -q install -DskipTests" >&2; exit 2; }
exec java -Xmx3g -cp "$jar" "$root/scripts/ModelDigest.java" "${1:-$HOME/.cache/respin/linux-6.12}" "${2:-HEAD}"

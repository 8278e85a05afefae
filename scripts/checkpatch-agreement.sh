#!/usr/bin/env bash
# Prints how often respin's built-in check rules agree with the real scripts/checkpatch.pl,
# per checkpatch type, over the differential corpus (CheckpatchCorpusTest): respin's golden
# series and check samples, and patches that put style mistakes into real Linux 6.12 code,
# each checked by default and with --strict.
#   scripts/checkpatch-agreement.sh
#   scripts/checkpatch-agreement.sh -Drespin.check.corpusPatches=1000 -Drespin.check.corpusSeed=7
#   RESPIN_CHECKPATCH=~/linux/scripts/checkpatch.pl scripts/checkpatch-agreement.sh
# Needs perl, Maven, and a kernel tree with scripts/checkpatch.pl (scripts/kernel-tree.sh
# makes one at ~/.cache/respin/linux-6.12). Exits 1 when a type agrees on less than 98%.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
table="$root/core/target/checkpatch-agreement.txt"
rm -f "$table"
status=0
(cd "$root" && nice mvn -B -q -Dstyle.color=never -pl core test -Dtest=CheckpatchCorpusTest \
    -Dsurefire.failIfNoSpecifiedTests=false "$@") >/dev/null 2>&1 || status=$?
if [ ! -f "$table" ]; then
  echo "checkpatch-agreement: no table written; is perl or the kernel tree missing?" \
    "(see core/target/surefire-reports/)" >&2
  exit 2
fi
cat "$table"
exit "$status"

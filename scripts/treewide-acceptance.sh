#!/usr/bin/env bash
# treewide-acceptance.sh: the i2c probe migration (recipe i2c-probe-one-arg,
# split by maintainer) on Linux 6.1, checked the way a maintainer would:
#   scripts/treewide-acceptance.sh [--from STAGE] [--to STAGE] [--seed N] [--sample PCT]
#       [--last-sample PCT] [--recipe R] [--split S] [--work DIR] [--jobs N]
# Stages, in order (--from reruns that stage and the later ones, reusing what
# the earlier ones left in the work folder; --to stops after one; default: all):
#   series      respin series in a --shared clone of scripts/kernel-tree.sh 6.1:
#               wall time, peak RSS, heap, patches, groups, respin explain's
#               sites left for a human
#   am          git am of every patch on the base in a fresh clone equals the
#               series branch (git diff --stat empty); then the share converted
#               of the struct i2c_driver probe functions by
#               scripts/i2c-probe-count.sh at the base and after the last patch
#   checkpatch  the tree's checkpatch.pl --strict on every patch, each report
#               classified by its line: one respin wrote (+ line, message) or not
#   compile     x86_64 allmodconfig (scripts/compile-check.sh --config
#               allmodconfig): every core patch and a seeded random PCT % of the
#               others compile the objects they touch at that patch (a header
#               patch: with every .c file of the series that includes the
#               header, compile-check --users-among), then every touched object
#               after the last patch (--last-sample PCT, default 100: a seeded
#               random PCT % of the touched .c files instead, when time is short);
#               wall and CPU time per part
#   rebase      upstream adds drivers/hwmon/emc1812.c with a two-argument probe;
#               respin rebase converts it in the hwmon group's patch and
#               "Changes in v2" names it
# Work folder: $RESPIN_TREEWIDE_WORK, else ~/.cache/respin/treewide (the clone,
# the patches, logs/ and results.tsv); the allmodconfig O= dir is compile-check's.
# Ends with a summary table; exit 0 when every check holds, 1 otherwise, 2 usage.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
stages=(series am checkpatch compile rebase)
from=series to=rebase seed=${RESPIN_SEED:-18} sample=10 last_sample=100 recipe=i2c-probe-one-arg split=by-maintainer jobs=2
work=${RESPIN_TREEWIDE_WORK:-$HOME/.cache/respin/treewide}
usage_error() { echo "treewide-acceptance: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from=$2; shift 2 ;;
    --to) to=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --sample) sample=$2; shift 2 ;;
    --last-sample) last_sample=$2; shift 2 ;;
    --recipe) recipe=$2; shift 2 ;;
    --split) split=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) usage_error "unknown option $1 (try --help)" ;;
  esac
done
[[ " ${stages[*]} " == *" $from "* && " ${stages[*]} " == *" $to "* ]] || usage_error "--from and --to want one of: ${stages[*]}"
[[ "$seed" =~ ^[0-9]+$ && "$sample" =~ ^[0-9]+$ && "$last_sample" =~ ^[0-9]+$ && "$jobs" =~ ^[1-9][0-9]*$ ]] ||
  usage_error "--seed, --sample, --last-sample and --jobs want numbers"
command -v perl >/dev/null || usage_error "perl is needed for checkpatch.pl"
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
command -v ctags >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq universal-ctags >/dev/null

mkdir -p "$work/logs"
work=$(cd "$work" && pwd -P)
tree=$("$root/scripts/kernel-tree.sh" 6.1 | tail -n 1)
clone=$work/linux-6.1 series=$work/series v2=$work/v2 amdir=$work/am
name=treewide-acceptance branch=respin/treewide-acceptance-v1
results=$work/results.tsv
say() { printf 'treewide-acceptance: %s\n' "$*"; }
g() { git -C "$clone" "$@"; }
respin() { "$root/scripts/respin" "$@"; }
# result STAGE CHECK VALUE ok|FAILED|info: one row of the summary table
result() { printf '%s\t%s\t%s\t%s\n' "$@" >>"$results"; say "$1: $4: $2: $3"; }
runs() { # STAGE: true when STAGE is --from, --to or between them
  local s on=0
  for s in "${stages[@]}"; do
    [ "$s" = "$from" ] && on=1
    [ "$s" = "$1" ] && return $((1 - on))
    [ "$s" = "$to" ] && on=0
  done
  return 1
}
secs() { echo $(( $(date +%s) - $1 )); }

# The clone, made once: the kernel tree's objects shared, its work tree at the base.
[ -d "$clone/.git" ] || git clone -q --shared "$tree" "$clone"
base=$(git -C "$tree" rev-parse HEAD)
[ "$(g rev-parse HEAD)" = "$base" ] || g checkout -q --detach "$base"
# Rows of the stages before --from stay; the rest are measured again.
if [ -f "$results" ]; then
  keep=$(mktemp)
  while IFS=$'\t' read -r s rest; do runs "$s" || printf '%s\t%s\n' "$s" "$rest"; done <"$results" >"$keep"
  mv "$keep" "$results"
else : >"$results"; fi

. "$root/scripts/treewide-stages.sh"

for s in "${stages[@]}"; do
  if runs "$s"; then say "== $s =="; "stage_$s"; fi
done

echo
printf '%-11s %-62s %-28s %s\n' STAGE CHECK VALUE STATUS
awk -F'\t' '{ printf "%-11s %-62s %-28s %s\n", $1, $2, $3, $4 }' "$results"
if grep -qP '\tFAILED$' "$results"; then echo "treewide-acceptance: FAILED"; exit 1; fi
echo "treewide-acceptance: every check holds"

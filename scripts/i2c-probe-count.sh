#!/usr/bin/env bash
# i2c-probe-count.sh: an independent count of the probe functions of every
# `struct i2c_driver` in a kernel work tree, without respin: git grep finds the
# files, awk reads each initializer of a `struct i2c_driver` (arrays too, the
# nested `.driver = { ... }` skipped), universal-ctags gives each function's
# parameter list.
#   scripts/i2c-probe-count.sh DIR      # one line per driver member:
#   MEMBER <tab> FILE <tab> FUNCTION <tab> PARAMETERS
# MEMBER is probe or probe_new; PARAMETERS the number of parameters of the
# function's definition in FILE (several, comma-separated, when #if branches
# define it more than once), "?" when FILE defines no such function (a macro, a
# function of another file), "-" when the value is not a plain name.
set -euo pipefail
dir=${1:?usage: i2c-probe-count.sh DIR}
cd "$dir"
command -v ctags >/dev/null || { echo "i2c-probe-count: universal-ctags is needed (apt-get install universal-ctags)" >&2; exit 2; }
files=$(mktemp)
trap 'rm -f "$files" "$files.members" "$files.tags"' EXIT
git grep -l -F 'struct i2c_driver' -- '*.c' >"$files" || true

# MEMBER FILE VALUE for every .probe/.probe_new designator of an i2c_driver.
xargs -r awk '
  FNR == 1 { depth = 0; indrv = 0; skip = -1 }
  {
    line = $0
    sub(/\/\/.*/, "", line)
    if (!indrv && line ~ /struct[ \t]+i2c_driver[^;()]*=[ \t]*\{/) { indrv = 1; base = depth }
    if (indrv && skip < 0 && line ~ /\.driver[ \t]*=[ \t]*\{/) skip = depth
    if (indrv && skip < 0 && match(line, /\.probe(_new)?[ \t]*=[ \t]*[^,}]*/)) {
      d = substr(line, RSTART, RLENGTH)
      m = d; sub(/[ \t]*=.*/, "", m); sub(/^\./, "", m)
      v = d; sub(/^[^=]*=[ \t]*/, "", v); sub(/[ \t]+$/, "", v)
      print m "\t" FILENAME "\t" v
    }
    n = split(line, ch, "")
    for (i = 1; i <= n; i++) {
      if (ch[i] == "{") depth++
      else if (ch[i] == "}") {
        depth--
        if (skip >= 0 && depth <= skip) skip = -1
        if (indrv && depth <= base) indrv = 0
      }
    }
  }' <"$files" >"$files.members"

# FILE FUNCTION PARAMETERS for every function defined in those files.
cut -f2 "$files.members" | sort -u | ctags -f - --kinds-C=f --fields=+S -L - 2>/dev/null |
  awk -F'\t' '{
    sig = ""
    for (i = 4; i <= NF; i++) if ($i ~ /^signature:/) sig = substr($i, 11)
    s = sig; gsub(/\([^()]*\)/, "", s)   # drop nested parentheses (function-pointer parameters)
    inner = sig; sub(/^\(/, "", inner); sub(/\)$/, "", inner)
    n = (inner == "" || inner == "void") ? 0 : gsub(/,/, ",", inner) + 1
    if (sig ~ /\(.*\(/) { t = substr(sig, 2, length(sig) - 2); gsub(/\([^()]*\)/, "", t); n = (t == "" || t == "void") ? 0 : gsub(/,/, ",", t) + 1 }
    print $2 "\t" $1 "\t" n
  }' >"$files.tags"

awk -F'\t' 'NR == FNR { k = $1 "\t" $2; if (k in a) a[k] = a[k] "," $3; else a[k] = $3; next }
  {
    v = $3; sub(/^&[ \t]*/, "", v)
    if (v !~ /^[A-Za-z_][A-Za-z_0-9]*$/) { print $1 "\t" $2 "\t" v "\t-"; next }
    k = $2 "\t" v
    print $1 "\t" $2 "\t" v "\t" ((k in a) ? a[k] : "?")
  }' "$files.tags" "$files.members" | sort -k2,2 -k3,3 -k1,1

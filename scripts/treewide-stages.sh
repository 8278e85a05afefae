# treewide-stages.sh: the stages of scripts/treewide-acceptance.sh, sourced by
# it (it sets root, work, tree, clone, series, v2, amdir, base, name, branch,
# recipe, split, seed, sample, jobs and the helpers g, respin, result, say, secs).

patches_of() { # DIR -> its patch files but the cover letter, in order
  find "$1" -maxdepth 1 -name '*.patch' ! -name '*cover-letter.patch' | sort
}
files_of() { # PATCH -> the paths it touches, one a line
  sed -n 's|^diff --git a/\([^ ]*\) b/.*|\1|p' "$1" | sort -u
}
is_core() { # PATH: the i2c core and its header, which may stand alone
  case "$1" in drivers/i2c/i2c-core*|include/linux/i2c.h) return 0 ;; *) return 1 ;; esac
}

stage_series() {
  local r rc=0 t heap wall rss n groups=0 p f core left defs
  # A fresh start: the series refs and outputs of an earlier run go.
  for r in $(g for-each-ref --format='%(refname)' refs/heads/respin/ refs/respin/ refs/heads/upstream); do g update-ref -d "$r"; done
  rm -rf "$series" "$v2" "$amdir"
  respin recipes >/dev/null  # builds the jar when sources changed, outside the timed run
  heap=${RESPIN_JAVA_OPTS:--Xmx2g (scripts/respin default)}
  local splitopt=()
  [ -z "$split" ] || splitopt=(--split "$split")
  t=$(date +%s)
  /usr/bin/time -v -o "$work/logs/series.time" "$root/scripts/respin" series --recipe "$recipe" "${splitopt[@]}" \
    --repo "$clone" --base "$base" -o "$series" --series "$name" --branch "$branch" --date 2024-11-18T10:00:00Z \
    --signoff "respin acceptance <respin@localhost>" --to auto --cc auto >"$work/logs/series.log" 2>&1 || rc=$?
  tail -n 25 "$work/logs/series.log"
  wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$work/logs/series.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%d MiB", $2 / 1024 }' "$work/logs/series.time")
  result series "respin series --recipe $recipe ${splitopt[*]} exit code (1: checks)" "$rc" "$([ "$rc" -le 1 ] && echo ok || echo FAILED)"
  [ "$rc" -le 1 ] || return 0
  result series "wall time (/usr/bin/time -v; limit 3:00)" "$wall" "$([ "$(secs "$t")" -le 180 ] && echo ok || echo FAILED)"
  result series "peak RSS (/usr/bin/time -v)" "$rss" info
  # On a shared machine the wall time says little alone: the CPU time it took.
  result series "CPU time, user + system (/usr/bin/time -v)" \
    "$(awk -F': ' '/User time|System time/ { t += $2 } END { printf "%.0f s", t }' "$work/logs/series.time")" info
  result series "heap setting" "$heap" info
  n=$(patches_of "$series" | wc -l)
  # A group is a patch that touches more than the i2c core; core patches stand alone.
  while read -r p; do
    core=1
    while read -r f; do is_core "$f" || core=0; done < <(files_of "$p")
    [ "$core" = 1 ] || groups=$((groups + 1))
  done < <(patches_of "$series")
  result series "patches (without the cover letter)" "$n" "$([ "$n" -gt 0 ] && echo ok || echo FAILED)"
  result series "groups (patches beyond the i2c core)" "$groups" info
  # The cover letter lists each split step's groups, "patch N: GROUP (files)":
  # a patch named twice would mix two groups.
  local listed twice
  listed=$(grep -ohE '^patch [0-9]+: ' "$series"/*cover-letter.patch 2>/dev/null | sort | uniq -c || true)
  twice=$(awk '$1 > 1' <<<"$listed" | wc -l)
  result series "groups the cover letter lists (patch N: GROUP), patches named twice" \
    "$(grep -c . <<<"$listed" || true), $twice" "$([ "$twice" = 0 ] && echo ok || echo FAILED)"
  result series "files touched by the series" "$(g diff --name-only "$base" "$branch" | wc -l)" info

  rc=0
  respin explain --recipe "$recipe" --repo "$clone" --base "$base" -q >"$work/logs/explain.txt" 2>&1 || rc=$?
  left=$(awk '/^left for a human/ { on = 1; print; next } on && /^$/ { exit } on { print }' "$work/logs/explain.txt")
  say "respin explain, left for a human:"
  printf '%s\n' "${left:-(no such section: see $work/logs/explain.txt)}"
  defs=$(grep -oE 'definition of [A-Za-z_0-9]+\(\)' "$work/logs/explain.txt" | sort -u | wc -l || true)
  result series "respin explain exit code" "$rc" "$([ "$rc" -le 1 ] && echo ok || echo FAILED)"
  result series "explain: functions whose definition changes" "$defs" info
  result series "explain: sites left for a human" "$(printf '%s\n' "$left" | grep -c '^  ' || true)" info
}

stage_am() {
  local t rc=0 stat
  [ -d "$series" ] || { result am "patches of the series stage" "missing: run --from series" FAILED; return 0; }
  rm -rf "$amdir"
  git clone -q --shared --no-checkout "$clone" "$amdir"
  git -C "$amdir" checkout -q --detach "$base"
  mapfile -t ps < <(patches_of "$series")
  t=$(date +%s)
  git -C "$amdir" -c user.name="respin acceptance" -c user.email="respin@localhost" \
    am -q --no-3way "${ps[@]}" >"$work/logs/am.log" 2>&1 || rc=$?
  result am "git am of ${#ps[@]} patches on $(g describe --tags "$base")" "exit $rc in $(secs "$t") s" "$([ "$rc" = 0 ] && echo ok || echo FAILED)"
  if [ "$rc" != 0 ]; then head -n 20 "$work/logs/am.log"; return 0; fi
  stat=$(git -C "$amdir" diff --stat HEAD "origin/$branch")
  result am "git diff --stat of git am's result and the series branch" "${stat:-empty}" "$([ -z "$stat" ] && echo ok || echo FAILED)"
  count_probes
}

# The share converted, counted without respin (scripts/i2c-probe-count.sh):
# the .probe functions of struct i2c_driver initializers that take two
# parameters at the base, and which of them take one after the last patch.
count_probes() {
  local b=$work/logs/probe-base.tsv t=$work/logs/probe-tip.tsv left
  rm -f "$work/logs/probe-left.tsv"  # awk writes it only when a function is left
  "$root/scripts/i2c-probe-count.sh" "$clone" >"$b"
  "$root/scripts/i2c-probe-count.sh" "$amdir" >"$t"
  awk -F'\t' -v out="$work/logs/probe-left.tsv" '
    NR == FNR { if ($1 == "probe") tip[$2 "\t" $3] = $4; else if ($1 == "probe_new") tipnew[$2 "\t" $3] = 1; next }
    $1 == "probe" && $4 == "2" {
      n++; k = $2 "\t" $3
      if ((k in tip) && tip[k] == "1") c++
      else print k "\t" ((k in tip) ? "takes " tip[k] " parameters after the series" : (k in tipnew) ? "in .probe_new after the series" : "not in a .probe after the series") > out
    }
    END { printf "%d %d\n", c, n }' "$t" "$b" >"$work/logs/probe-share.txt"
  read -r conv total <"$work/logs/probe-share.txt"
  local pct=$(( total > 0 ? conv * 1000 / total : 0 ))
  result am "i2c_driver .probe functions with 2 parameters at the base" "$total" info
  result am "  of them taking only the client after the series" "$conv ($((pct / 10)).$((pct % 10)) %)" "$([ "$pct" -ge 990 ] && echo ok || echo FAILED)"
  left=$(cat "$work/logs/probe-left.tsv" 2>/dev/null || true)
  [ -z "$left" ] || { say "not converted (file, function, why):"; printf '%s\n' "$left" | sed 's/^/  /'; }
  result am ".probe_new designators left after the series" "$(awk -F'\t' '$1 == "probe_new"' "$t" | wc -l)" \
    "$(awk -F'\t' '$1 == "probe_new"' "$t" | grep -q . && echo FAILED || echo ok)"
  result am "probe_new named in .c/.h files after the series (git grep -w)" \
    "$(git -C "$amdir" grep -w -l probe_new -- '*.c' '*.h' | wc -l) files" info
}

stage_checkpatch() {
  local dir=$work/logs/checkpatch tsv=$work/logs/checkpatch.tsv p t
  [ -d "$series" ] || { result checkpatch "patches of the series stage" "missing: run --from series" FAILED; return 0; }
  rm -rf "$dir"; mkdir -p "$dir"
  t=$(date +%s)
  patches_of "$series" | (cd "$clone" && nice xargs -r -P"$jobs" -I{} sh -c \
    'perl scripts/checkpatch.pl --strict --color=never "$1" >"$2/$(basename "$1").txt" 2>&1 || true' _ {} "$dir")
  # A report's first "#N:" names the patch line it is about: a + line or the
  # message (before the first diff --git) is respin's, a context line is not.
  : >"$tsv"
  while read -r p; do
    awk -v patch="$(basename "$p")" '
      NR == FNR { pl[FNR] = $0; if (!first && /^diff --git /) first = FNR; next }
      function flush() {
        if (type == "") return
        cls = ln == 0 ? "respin (whole patch)" : (first == 0 || ln < first) ? "respin (message)" : (pl[ln] ~ /^\+/ && pl[ln] !~ /^\+\+\+ /) ? "respin (+ line)" : "not respin (context)"
        print type "\t" cls "\t" patch ":" ln "\t" msg
        type = ""
      }
      /^(ERROR|WARNING|CHECK):/ { flush(); type = $1; sub(/:$/, "", type); msg = $0; ln = 0; next }
      type != "" && ln == 0 && /^#[0-9]+: / { ln = substr($1, 2) + 0; next }
      /^$/ { flush() }
      END { flush() }' "$p" "$dir/$(basename "$p").txt" >>"$tsv"
  done < <(patches_of "$series")
  result checkpatch "checkpatch.pl --strict on $(patches_of "$series" | wc -l) patches" "$(secs "$t") s" info
  local ty cl n
  for ty in ERROR WARNING CHECK; do
    for cl in "respin (+ line)" "respin (message)" "respin (whole patch)" "not respin (context)"; do
      n=$(awk -F'\t' -v t="$ty" -v c="$cl" '$1 == t && $2 == c' "$tsv" | wc -l)
      [ "$n" -gt 0 ] || [ "$cl" = "respin (+ line)" ] || continue
      result checkpatch "$ty on $cl" "$n" "$([ "$ty" = CHECK ] || [ "$cl" = "not respin (context)" ] || [ "$n" = 0 ] && echo ok || echo FAILED)"
    done
  done
  awk -F'\t' '$2 ~ /^respin/ && $1 != "CHECK"' "$tsv" | head -n 40 | sed 's/^/  /'
  say "every report: $tsv"
}

# Compile with x86_64 allmodconfig through scripts/compile-check.sh (its
# scratch worktree of the clone and its O= dir are kept, so a rerun only
# rebuilds what changed): at every core patch and a seeded random $sample % of
# the others, the objects that patch touches; then, after the last patch, every
# object the series touches. A patch that changes a header also compiles every
# .c file of the series that includes it, directly or through other headers
# (--users-among base..branch): the header patches change struct i2c_driver,
# which every driver of the series initialises.
# timed KIND LOG CMD...: runs CMD under /usr/bin/time, adds its wall and CPU
# seconds to wall_KIND and cpu_KIND; returns CMD's exit code.
declare -A wall_of cpu_of
timed() {
  local kind=$1 log=$2 rc=0 w c
  shift 2
  /usr/bin/time -f '%e %U %S' -o "$log.time" "$@" >"$log" 2>&1 || rc=$?
  read -r w c <<<"$(awk 'END { printf "%.0f %.0f\n", $1, $2 + $3 }' "$log.time")"
  wall_of[$kind]=$(( ${wall_of[$kind]:-0} + w )) cpu_of[$kind]=$(( ${cpu_of[$kind]:-0} + c ))
  return "$rc"
}
load_now() { cut -d' ' -f1-3 /proc/loadavg; }
stage_compile() {
  local commits core=() others=() picked=() i c f k t rc line kind
  wall_of=() cpu_of=()
  rm -f "$work"/logs/compile-*.log "$work"/logs/compile-*.log.time
  mapfile -t commits < <(g rev-list --reverse "$base..$branch" 2>/dev/null)
  [ ${#commits[@]} -gt 0 ] || { result compile "commits of the series branch" "none: run --from series" FAILED; return 0; }
  for i in "${!commits[@]}"; do
    c=${commits[$i]} k=0
    while read -r f; do is_core "$f" && k=1; done < <(g diff-tree --no-commit-id --name-only -r "$c")
    if [ "$k" = 1 ]; then core+=("$((i + 1))"); else others+=("$((i + 1))"); fi
  done
  k=$(( (${#others[@]} * sample + 99) / 100 ))
  mapfile -t picked < <(printf '%s\n' "${others[@]}" | awk -v s="$seed" 'BEGIN { srand(s) } { print rand() "\t" $0 }' |
                        sort -k1,1 | head -n "$k" | cut -f2 | sort -n)
  say "core patches: ${core[*]:-none}; seed $seed picks $k of ${#others[@]} other patches ($sample %): ${picked[*]:-none}"
  result compile "patches compiled at their own commit (core + seed $seed)" "${#core[@]} core + $k of ${#others[@]}" info
  local steps a b s
  declare -A pass fail skip okp badp nsteps iscore
  for i in "${core[@]}"; do iscore[$i]=1; done
  mapfile -t steps < <(printf '%s\n' "${core[@]}" "${picked[@]}" | grep . | sort -n)
  : >"$work/logs/not-built-patches.txt"
  t=$(date +%s)
  for i in "${steps[@]}"; do
    c=${commits[$((i - 1))]}
    kind=other; [ -z "${iscore[$i]:-}" ] || kind=core
    rc=0
    timed "$kind" "$work/logs/compile-$i.log" "$root/scripts/compile-check.sh" --config allmodconfig --repo "$clone" \
      --range "$c~1..$c" --no-base --jobs "$jobs" --users-among "$base..$branch" || rc=$?
    say "patch $i/${#commits[@]} ($kind) $(g log -1 --format=%s "$c"): exit $rc, $(awk 'END { printf "%.0f s wall, %.0f s CPU", $1, $2 + $3 }' "$work/logs/compile-$i.log.time"), load $(load_now)"
    grep -E '^  header |^    users' "$work/logs/compile-$i.log" | sed 's/^ */  /' || true
    if [ "$(grep -c '^CC ' "$work/logs/compile-$i.log")" -gt 40 ]; then
      grep -E '^CC .*(FAILED|skipped)' "$work/logs/compile-$i.log" | sed 's/^/  /' || true
      say "  ($(grep -c '^CC .* ok$' "$work/logs/compile-$i.log") objects ok: $work/logs/compile-$i.log)"
    else
      grep -E '^CC ' "$work/logs/compile-$i.log" | sed 's/^/  /' || say "  (no object to compile: $(grep -E '^  header ' "$work/logs/compile-$i.log" | head -n 1 | sed 's/^ *//'))"
    fi
    grep -E '^CC .* skipped' "$work/logs/compile-$i.log" | sed "s/^CC /patch $i: /" >>"$work/logs/not-built-patches.txt" || true
    nsteps[$kind]=$(( ${nsteps[$kind]:-0} + 1 ))
    if [ "$rc" = 0 ]; then okp[$kind]=$(( ${okp[$kind]:-0} + 1 ))
    else badp[$kind]=$(( ${badp[$kind]:-0} + 1 )); { grep -E '^  \||does not apply|error' "$work/logs/compile-$i.log" || true; } | head -n 20 | sed 's/^/  /'; fi
    line=$(grep -E '^compile-check: [0-9]+ passed' "$work/logs/compile-$i.log" || echo "compile-check: 0 passed, 0 failed, 0 skipped")
    read -r _ a _ b _ s _ <<<"${line//,/}"
    pass[$kind]=$(( ${pass[$kind]:-0} + a )) fail[$kind]=$(( ${fail[$kind]:-0} + b )) skip[$kind]=$(( ${skip[$kind]:-0} + s ))
  done
  for kind in core other; do
    result compile "$kind patches that compile at their commit (objects: ${pass[$kind]:-0} ok, ${fail[$kind]:-0} failed, ${skip[$kind]:-0} not built)" \
      "${okp[$kind]:-0} of ${nsteps[$kind]:-0}, ${wall_of[$kind]:-0} s wall, ${cpu_of[$kind]:-0} s CPU" \
      "$([ -z "${badp[$kind]:-}" ] && echo ok || echo FAILED)"
  done
  say "objects not built at their patch (other architectures, options allmodconfig leaves off): $work/logs/not-built-patches.txt"
  sed 's/^/  /' "$work/logs/not-built-patches.txt"
  # After the last patch: every touched object, or (--last-sample PCT < 100) a
  # seeded random PCT % of the touched .c files, named with --user at the last
  # patch (compile-check applies it on its parent, the tree of the patches before).
  local last=${commits[$((${#commits[@]} - 1))]} range="$base..$branch" users=() all=()
  local what="touched objects after the last patch"
  if [ "${last_sample:-100}" -lt 100 ]; then
    mapfile -t all < <(g diff --name-only "$base" "$branch" -- '*.c')
    k=$(( (${#all[@]} * last_sample + 99) / 100 ))
    mapfile -t users < <(printf '%s\n' "${all[@]}" | awk -v s="$seed" 'BEGIN { srand(s) } { print rand() "\t" $0 }' |
                         sort -k1,1 | head -n "$k" | cut -f2 | sort)
    range="$last~1..$last"
    what="seed $seed picks $k of ${#all[@]} touched .c files ($last_sample %), after the last patch"
    say "$what: ${users[*]}"
  fi
  local useropts=() u
  for u in "${users[@]}"; do useropts+=(--user "$u"); done
  t=$(date +%s) rc=0
  say "after the last patch, load $(load_now)"
  timed last "$work/logs/compile-last.log" "$root/scripts/compile-check.sh" --config allmodconfig --repo "$clone" \
    --range "$range" --no-base --jobs "$jobs" --users-among "$base..$branch" "${useropts[@]}" || rc=$?
  grep -E '^CC .*(FAILED|skipped)|^  \||^  header |^    users' "$work/logs/compile-last.log" | head -n 200 | sed 's/^ */  /' || true
  line=$(grep -E '^compile-check: [0-9]+ passed' "$work/logs/compile-last.log" || echo "compile-check: 0 passed, 0 failed, 0 skipped")
  read -r _ a _ b _ s _ <<<"${line//,/}"
  result compile "$what: ok, failed, not built" "$a, $b, $s; ${wall_of[last]} s wall, ${cpu_of[last]} s CPU" \
    "$([ "$rc" = 0 ] && [ "$a" -gt 0 ] && echo ok || echo FAILED)"
  grep -E '^CC .* skipped' "$work/logs/compile-last.log" | sed 's/^CC //' >"$work/logs/not-built.txt" || true
  say "objects not built by x86_64 allmodconfig (other architectures, options it leaves off): $work/logs/not-built.txt"
  sed 's/^/  /' "$work/logs/not-built.txt"
}

. "$root/scripts/treewide-rebase.sh"

#!/usr/bin/env bash
# compile-check.sh: compile every object a kernel patch series touches, with a
# config that builds KVM, VFIO and KVMGT (x86; or s390 with a cross compiler),
# at the base and after the series (or at every patch with --each).
#   scripts/compile-check.sh --help
set -euo pipefail
trap 'echo "compile-check: internal error at line $LINENO: $BASH_COMMAND" >&2' ERR

usage() {
  cat <<'EOF'
Usage:
  scripts/compile-check.sh [OPTIONS] --patches DIR     a format-patch folder (cover letter skipped)
  scripts/compile-check.sh [OPTIONS] --range A..B      commits of the kernel repository
  scripts/compile-check.sh --here [-n N | --range A..B] [OPTIONS]
                                                       the tree in the current directory, as it is
  scripts/compile-check.sh --clean [--repo D]          remove the scratch worktree and build dirs

Compiles, with `make O=... path/file.o`, every .c/.S file the series touches
that the config builds on x86, plus users of the touched headers, at the base
and after the last patch (--each: at every patch, like `git rebase -x`).
The patches are applied with `git am` in a scratch worktree kept in the cache
(the kernel repository's own work tree, HEAD and branches are left alone);
the O= directory is kept per source tree, so a rerun only rebuilds what changed.

The config: x86_64_defconfig, then KVM KVM_INTEL KVM_AMD VFIO VFIO_PCI
VFIO_MDEV (KVMGT depends on it up to 6.1) VFIO_DEVICE_CDEV IOMMUFD
DRM_I915 DRM_I915_GVT DRM_I915_GVT_KVMGT and WERROR enabled (make
olddefconfig; the script stops if one does not stick; one that the tree's
Kconfig does not define is left out, said once). With
--arch s390 (gcc-s390x-linux-gnu): s390's defconfig, then KVM VFIO VFIO_PCI
VFIO_PCI_ZDEV_KVM VFIO_AP IOMMUFD VFIO_DEVICE_CDEV WERROR, for the s390 files.

Options:
  --repo DIR        kernel git repository (default ~/.cache/respin/linux-6.12)
  --base REV        base revision for --patches (default: the series' base-commit: line,
                    else the repository's HEAD)
  --patches DIR     apply DIR/*.patch in name order with git am (0000-cover-letter.patch skipped)
  --range A..B      the commits A..B (A is the base); with --here, the objects touched by A..B
  --here            build in the kernel tree of the current directory, no checkout, no base
                    step: what `respin series --exec` or `git rebase -x` runs at each patch
  -n N              with --here: the objects touched by HEAD~N..HEAD (default 1)
  --each            compile at every patch, report the first failing one
  --no-base         skip the compile at the base
  --user FILE       also compile FILE (.c) at every step (repeatable)
  --users-max N     users compiled per touched header (default 3; the tree-wide
                    search below)
  --users-among A..B
                    choose the users of a touched header among the .c/.S files
                    that the commits A..B of --repo (or of the tree, with --here)
                    touch: every one of them that includes the header, directly
                    or through headers that include it, is compiled (no
                    --users-max). For a series' header patch: the series' own
                    files are what it must keep building. Takes seconds: one
                    `git grep -F '#include'` of the tree, resolved in awk
  --no-werror       do not enable CONFIG_WERROR
  --arch x86|s390   the architecture built (default x86; s390 cross-compiles)
  --config allmodconfig
                    x86 `make allmodconfig` (everything a driver can be built as,
                    WERROR included) instead of the KVM config, then prepare and
                    modules_prepare; its own O= dir, kept beside the other
  --jobs N          make -jN (default 2; make runs at niceness 10, or the
                    caller's when it is higher)
  --cache DIR       scratch worktree and O= dirs (default ~/.cache/respin/build,
                    or $RESPIN_BUILD_CACHE)
  --no-install      do not apt-get install missing build packages
  --clean           remove this script's worktree and O= dirs, then exit
  -h, --help        this help

Users of a touched header, without --users-among: the files naming what the
header's removed lines declared (functions anywhere in the tree; a struct's
fields in files naming the struct), else the touched directories' files that
include it; --users-max of them. On a header the whole tree includes that
search can take minutes (include/linux/i2c.h: ~8 min on 2 cores).
With --users-among the report says, per header, how many .c/.S files of the
tree include it (and through how many headers), how many of them A..B
touches, and how many of those were compiled, are the patch's own or are not
built by the config.

Output: `CC path/file.o ok|FAILED|skipped (reason)` a line per object and step,
then `compile-check: N passed, N failed, N skipped`. Exit 0 when everything
compiled, 1 when a patch does not apply or an object fails, 2 usage, 3 bad input.
EOF
}

say() { printf '%s\n' "$*"; }
log() { printf 'compile-check: %s\n' "$*" >&2; }
usage_error() { log "$*"; log "try --help"; exit 2; }
bad_input() { log "error: $*"; exit 3; }
fail() { log "error: $*"; exit 1; }

repo="$HOME/.cache/respin/linux-6.12"
base=""
patches=""
range=""
here=0
nback=""
each=0
do_base=1
users_max=3
werror=1
jobs=2
cache="${RESPIN_BUILD_CACHE:-$HOME/.cache/respin/build}"
karch=x86
config=kvm
install=1
clean=0
extra_users=()
users_among=""

need_arg() { [ $# -ge 2 ] || usage_error "$1 needs a value"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) need_arg "$@"; repo=$2; shift ;;
    --base) need_arg "$@"; base=$2; shift ;;
    --patches) need_arg "$@"; patches=$2; shift ;;
    --range) need_arg "$@"; range=$2; shift ;;
    --here) here=1 ;;
    -n) need_arg "$@"; nback=$2; shift ;;
    --each) each=1 ;;
    --no-base) do_base=0 ;;
    --user) need_arg "$@"; extra_users+=("$2"); shift ;;
    --users-max) need_arg "$@"; users_max=$2; shift ;;
    --users-among) need_arg "$@"; users_among=$2; shift ;;
    --no-werror) werror=0 ;;
    --arch) need_arg "$@"; karch=$2; shift ;;
    --config) need_arg "$@"; config=$2; shift ;;
    --jobs) need_arg "$@"; jobs=$2; shift ;;
    --cache) need_arg "$@"; cache=$2; shift ;;
    --no-install) install=0 ;;
    --clean) clean=1 ;;
    -h|--help) usage; exit 0 ;;
    *) usage_error "unknown argument '$1'" ;;
  esac
  shift
done
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || usage_error "--jobs wants a positive number, not '$jobs'"
[[ "$users_max" =~ ^[0-9]+$ ]] || usage_error "--users-max wants a number, not '$users_max'"
case "$karch" in
  x86) defconfig=x86_64_defconfig; make_arch=()
       options=(KVM KVM_INTEL KVM_AMD VFIO VFIO_PCI VFIO_MDEV VFIO_DEVICE_CDEV IOMMUFD DRM_I915 DRM_I915_GVT DRM_I915_GVT_KVMGT) ;;
  s390) defconfig=defconfig; make_arch=(ARCH=s390 CROSS_COMPILE=s390x-linux-gnu-)
       options=(KVM VFIO VFIO_PCI VFIO_PCI_ZDEV_KVM VFIO_AP IOMMUFD VFIO_DEVICE_CDEV) ;;
  *) usage_error "--arch wants x86 or s390, not '$karch'" ;;
esac
prepare_goals=(prepare)
case "$config" in
  kvm) ;;
  allmodconfig)
    [ "$karch" = x86 ] || usage_error "--config allmodconfig is for --arch x86"
    defconfig=allmodconfig; options=(); prepare_goals=(prepare modules_prepare) ;;
  *) usage_error "--config wants allmodconfig (or nothing for the KVM config), not '$config'" ;;
esac
[ "$werror" = 0 ] || options+=(WERROR)
if [ "$here" = 1 ]; then
  [ -z "$patches" ] || usage_error "--here and --patches exclude each other"
  [ "$each" = 0 ] || usage_error "--here builds the tree as it is; --each needs --patches or --range"
  [ -z "$nback" ] || [ -z "$range" ] || usage_error "-n and --range exclude each other"
  [ -z "$nback" ] || [[ "$nback" =~ ^[1-9][0-9]*$ ]] || usage_error "-n wants a positive number"
  [ -n "$range" ] || range="HEAD~${nback:-1}..HEAD"
elif [ "$clean" = 0 ]; then
  [ -n "$nback" ] && usage_error "-n goes with --here"
  [ -n "$patches" ] || [ -n "$range" ] || usage_error "give --patches DIR, --range A..B or --here"
  [ -z "$patches" ] || [ -z "$range" ] || usage_error "--patches and --range exclude each other"
fi
if [ -n "$range" ] && [[ "$range" != *..* || "$range" == *...* ]]; then
  usage_error "--range wants A..B, not '$range'"
fi
if [ -n "$users_among" ] && [[ "$users_among" != *..* || "$users_among" == *...* ]]; then
  usage_error "--users-among wants A..B, not '$users_among'"
fi

mkdir -p "$cache/out"
cache=$(cd "$cache" && pwd -P)

# ---------------------------------------------------------------- packages
ensure_packages() {
  local missing=() pkg
  # pahole (dwarves) only matters for DEBUG_INFO_BTF, which this config leaves off.
  local pkgs=(gcc make flex bison bc libelf-dev libssl-dev cpio python3 git)
  [ "$karch" != s390 ] || pkgs+=(gcc-s390x-linux-gnu)
  for pkg in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$install" = 1 ] || fail "missing build packages: ${missing[*]} (and --no-install)"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  log "installing ${missing[*]} (apt-get)"
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

# ---------------------------------------------------------------- trees
# One O= dir per source tree path: kbuild's dependency files name the sources
# by absolute path, so an O= dir shared by two trees would call stale objects
# up to date. O= dirs whose source tree is gone are removed.
odir_for() { # SRC [ARCH] -> O= dir (x86's KVM config has no suffix)
  printf '%s/out/%s-%s%s\n' "$cache" "$(printf '%s' "$1" | sha1sum | cut -c1-12)" "$(basename "$1")" \
    "$([ "${2:-x86}" = x86 ] || printf -- '-%s' "$2")"
}
gc_odirs() {
  local d s
  for d in "$cache"/out/*/; do
    [ -f "$d/.compile-check-src" ] || continue
    s=$(cat "$d/.compile-check-src")
    [ -d "$s" ] || { log "removing ${d%/} (its source tree $s is gone)"; rm -rf "$d"; rm -f "$(odir_for "$s").lock"; }
  done
}

if [ "$here" = 1 ]; then
  src=$(git rev-parse --show-toplevel 2>/dev/null) || bad_input "--here: $(pwd) is not in a git work tree"
  src=$(cd "$src" && pwd -P)
else
  [ -d "$repo" ] || bad_input "no kernel repository at $repo (scripts/kernel-tree.sh makes one)"
  repo=$(cd "$repo" && pwd -P)
  git -C "$repo" rev-parse -q --git-dir >/dev/null 2>&1 || bad_input "$repo is not a git repository"
  src="$cache/wt-$(basename "$repo")-$(printf '%s' "$repo" | sha1sum | cut -c1-8)"
fi
out=$(odir_for "$src" "$([ "$config" = kvm ] && printf '%s' "$karch" || printf '%s' "$config")")

if [ "$clean" = 1 ]; then
  if [ "$here" = 0 ] && git -C "$repo" worktree list --porcelain | grep -qxF "worktree $src"; then
    git -C "$repo" worktree remove --force "$src"
  fi
  rm -rf "$src" "$(odir_for "$src" x86)" "$(odir_for "$src" s390)" "$(odir_for "$src" allmodconfig)" "$(odir_for "$src").lock"
  log "removed $src and its O= dirs"
  exit 0
fi

exec 9>"$(odir_for "$src").lock"
flock -n 9 || { log "waiting for another compile-check on $src"; flock 9; }
gc_odirs
ensure_packages

g() { git -C "$src" "$@"; }

if [ "$here" = 0 ]; then
  if [ -n "$patches" ]; then
    [ -d "$patches" ] || bad_input "no folder $patches"
    mapfile -t patch_files < <(find "$patches" -maxdepth 1 -name '*.patch' ! -name '*cover-letter.patch' | sort)
    [ ${#patch_files[@]} -gt 0 ] || bad_input "no patch files (other than a cover letter) in $patches"
    # without --base: the series' own base-commit: line (format-patch --base)
    [ -n "$base" ] || base=$(cat "$patches"/*.patch | sed -n 's/^base-commit: \([0-9a-f]\{7,40\}\)$/\1/p' | head -n 1)
  fi
  base_rev=${base:-HEAD}
  if [ -n "$range" ]; then base_rev=${range%%..*}; fi
  base_sha=$(git -C "$repo" rev-parse -q --verify "$base_rev^{commit}") || bad_input "unknown revision '$base_rev' in $repo"
  tip_sha=""
  if [ -n "$range" ]; then
    tip_sha=$(git -C "$repo" rev-parse -q --verify "${range#*..}^{commit}") || bad_input "unknown revision '${range#*..}' in $repo"
    [ -z "$(git -C "$repo" rev-list --merges "$base_sha..$tip_sha")" ] || bad_input "$range has merges; give a linear range"
    [ -n "$(git -C "$repo" rev-list "$base_sha..$tip_sha")" ] || bad_input "$range is empty"
  fi
  # The scratch worktree: a fixed path per repository, so its O= dir stays valid.
  if [ -e "$src" ] && ! g rev-parse -q --git-dir >/dev/null 2>&1; then
    log "removing $src: not a working worktree any more"
    rm -rf "$src"
  fi
  if [ -e "$src" ]; then
    g am --abort >/dev/null 2>&1 || true
    g reset -q --hard
  else
    log "creating the scratch worktree $src (once)"
    git -C "$repo" worktree add -f -q --detach "$src" "$base_sha"
  fi
  # Checkouts rewrite the files that differ, and make rebuilds what they feed:
  # the worktree goes only where a step needs it (--patches: the base, for git
  # am), and stays at the last step, so the next run's objects stay up to date.
  [ -n "$range" ] || g checkout -q --detach "$base_sha"
  if [ -n "$range" ]; then
    mapfile -t commits < <(git -C "$repo" rev-list --reverse "$base_sha..$tip_sha")
  else
    n=0
    for p in "${patch_files[@]}"; do
      n=$((n + 1))
      if ! amlog=$(g -c user.name="compile-check" -c user.email="compile-check@localhost" \
          am -q --no-3way "$(cd "$(dirname "$p")" && pwd -P)/$(basename "$p")" 2>&1); then
        g am --abort >/dev/null 2>&1 || true
        say "$amlog" | sed 's/^/  | /'
        say "compile-check: patch $n/${#patch_files[@]} $(basename "$p") does not apply with git am on $(git -C "$repo" describe --tags --always "$base_sha")"
        exit 1
      fi
    done
    say "compile-check: ${#patch_files[@]} patches apply with git am on $(git -C "$repo" describe --tags --always "$base_sha")"
    mapfile -t commits < <(g rev-list --reverse "$base_sha..HEAD")
    tip_sha=$(g rev-parse HEAD)
  fi
  diff_from=$base_sha
  diff_to=$tip_sha
  g checkout -q --detach "$tip_sha"
else
  if [ ! -f "$src/Kbuild" ] || [ ! -f "$src/scripts/config" ]; then bad_input "--here: $src is not a kernel tree"; fi
  diff_from=$(g rev-parse -q --verify "${range%%..*}^{commit}") || bad_input "unknown revision '${range%%..*}'"
  diff_to=$(g rev-parse -q --verify "${range#*..}^{commit}") || bad_input "unknown revision '${range#*..}'"
  commits=()
  do_base=0
fi
mkdir -p "$out"
printf '%s\n' "$src" >"$out/.compile-check-src"

# make at niceness 10: raised to it, not by 10 more when the caller is already
# nice (nice 19 is starved whenever the machine is busy).
nice_by=$(( 10 - $(nice) )); [ "$nice_by" -ge 0 ] || nice_by=0
mk() { nice -n "$nice_by" make -C "$src" O="$out" "${make_arch[@]}" "$@"; }

# ---------------------------------------------------------------- config
# Another kernel version may lack some options (6.1 has no IOMMUFD or
# VFIO_DEVICE_CDEV): those are left out, said once; the rest must stick.
known=()
for o in "${options[@]}"; do
  if grep -rqsE "^(menu)?config $o\$" --include='Kconfig*' "$src"; then known+=("$o"); else log "CONFIG_$o does not exist in this tree: left out"; fi
done
options=("${known[@]}")
stamp="$karch $defconfig ${options[*]}"
t0=$(date +%s)
if [ ! -f "$out/.config" ] || [ "$(cat "$out/.compile-check-config" 2>/dev/null)" != "$stamp" ]; then
  log "config: $defconfig + ${options[*]}"
  mk -s "$defconfig" >/dev/null
  cfg=()
  [ "$karch" != x86 ] || cfg+=(--enable VIRTUALIZATION)
  for o in "${options[@]}"; do cfg+=(--enable "$o"); done
  [ "$werror" = 1 ] || cfg+=(--disable WERROR)
  "$src/scripts/config" --file "$out/.config" "${cfg[@]}"
  mk -s olddefconfig >/dev/null
  printf '%s\n' "$stamp" >"$out/.compile-check-config"
fi
lost=()
for o in "${options[@]}"; do
  grep -qE "^CONFIG_$o=[ym]$" "$out/.config" || lost+=("CONFIG_$o")
done
[ ${#lost[@]} -eq 0 ] || { rm -f "$out/.compile-check-config"; fail "make olddefconfig dropped ${lost[*]} (a dependency is missing; see $out/.config)"; }
log "${prepare_goals[*]} in $out"
mk -j"$jobs" "${prepare_goals[@]}" >"$out/prepare.log" 2>&1 || { tail -n 20 "$out/prepare.log" >&2; fail "make prepare failed (log: $out/prepare.log)"; }
t_prepare=$(( $(date +%s) - t0 ))

# ---------------------------------------------------------------- objects
mapfile -t touched < <(g diff --name-only --no-renames --diff-filter=d "$diff_from" "$diff_to")
mapfile -t deleted < <(g diff --name-only --no-renames --diff-filter=D "$diff_from" "$diff_to")

arch_of() { # PATH -> the arch dir name when PATH is under arch/<a>/
  case "$1" in arch/*/*) local a=${1#arch/}; printf '%s\n' "${a%%/*}" ;; esac
}

# The directory to ask kbuild about, and the make target, of a source file.
# Most files are built from their own directory or an ancestor's makefile
# (arch/x86/kvm/mmu/page_track.o, i915's `include $(src)/gvt/Makefile`), as
# the path itself. A directory whose Makefile.* an arch makefile includes from
# elsewhere is built from there: virt/kvm/kvm_main.c is
# arch/x86/kvm/../../../virt/kvm/kvm_main.o.
declare -A kdir_of target_of includer_of
map_source() { # PATH
  local p=$1 dir kd
  dir=$(dirname "$p")
  if [ -z "${includer_of[$dir]+x}" ]; then
    includer_of[$dir]=$(g grep -l -E "^include[[:space:]].*\\\$\\(srctree\\)/$dir/Makefile" -- '*Makefile*' '*Kbuild*' 2>/dev/null |
      awk -v a="arch/$karch/" '!/^arch\// || index($0, a) == 1' | head -n 1 || true)
  fi
  if [ -n "${includer_of[$dir]}" ]; then
    kd=$(dirname "${includer_of[$dir]}")
    kdir_of[$p]=$kd
    target_of[$p]="$kd/$(realpath -m --relative-to="/$kd" "/${p%.*}").o"
  else
    kdir_of[$p]=$dir
    target_of[$p]="${p%.*}.o"
  fi
}

# Which objects the config builds: kbuild itself answers. A makefile given in
# MAKEFILES is read by every sub-make, so `make DIR/__respin_probe.o` prints,
# in the deepest directory the build enters on the way to DIR, that
# directory's real-obj-y/real-obj-m. Nothing is compiled.
declare -A probe_obj probe_objs
probe_dirs() { # DIR...
  local mkfile="$cache/probe.mk" goals=() d line goal rest
  cat >"$mkfile" <<'EOF'
ifneq ($(obj),)
%/__respin_probe.o: FORCE
	@echo 'respin-probe|$@|$(obj)| $(real-obj-y) $(real-obj-m) '
endif
EOF
  for d in "$@"; do [ -n "${probe_obj[$d]+x}" ] || goals+=("$d/__respin_probe.o"); done
  [ ${#goals[@]} -gt 0 ] || return 0
  while IFS= read -r line; do
    case "$line" in
      respin-probe\|*)
        rest=${line#respin-probe|}; goal=${rest%%|*}; rest=${rest#*|}
        goal=${goal#./}; d=${goal%/__respin_probe.o}
        probe_obj[$d]=${rest%%|*}; probe_objs[$d]=${rest#*|} ;;
    esac
  done < <(MAKEFILES="$mkfile" mk -k -s "${goals[@]}" 2>/dev/null || true)
}

config_reason() { # WORD DIR... -> ": CONFIG_X is not set" from the first makefile line naming WORD
  local w=$1 d mf sym
  shift
  for d in "$@"; do
    for mf in "$src/$d/Kbuild" "$src/$d/Makefile"; do
      [ -f "$mf" ] || continue
      sym=$(grep -E "(^|[[:space:]=/])$w([[:space:]]|\\\\|$)" "$mf" | grep -oE 'CONFIG_[A-Za-z0-9_]+' | head -n 1 || true)
      [ -n "$sym" ] && { printf ': %s is not set' "$sym"; return; }
    done
  done
}

# config_builds FILE: 0 when the config builds it; else sets why_not.
why_not=""
config_builds() {
  local p=$1 kd=${kdir_of[$1]} o next
  o=${probe_obj[$kd]:-}
  if [ -z "$o" ]; then why_not="kbuild did not answer for $kd"; return 1; fi
  case " ${probe_objs[$kd]} " in *" ${target_of[$p]} "*) return 0 ;; esac
  if [ "$o" != "$kd" ]; then
    next=$kd; [ "$o" = . ] || next=${kd#"$o"/}
    next=${next%%/*}
    if [ -n "$(config_reason "$next/" "$o")" ] || [ "$o" = . ]; then
      local where="$o/$next/"
      [ "$o" != . ] || where="$next/"
      why_not="not built by this config, $where is not entered$(config_reason "$next/" "$o")"
      return 1
    fi
  fi
  why_not="not built by this config$(config_reason "$(basename "${p%.*}").o" "$(dirname "$p")" "$kd" "$o")"
  return 1
}

declare -A why_built
objects=()    # source paths to compile
skipped=()    # "path|reason"
add_object() { # PATH WHY
  local p=$1
  if [ -n "${why_built[$p]+x}" ]; then why_built[$p]+="; $2"; return 0; fi
  why_built[$p]=$2
  objects+=("$p")
}

sources=(); headers=()
for p in "${touched[@]}"; do
  case "$p" in
    *.c|*.S) sources+=("$p") ;;
    *.h) headers+=("$p") ;;
  esac
done

# Users of a touched header: files naming what the header's removed lines
# declared (functions anywhere in the tree; fields in the files that include
# the header directly); when nothing was removed, the files of the touched
# directories that include it.
header_include() { # HEADER -> how an #include spells it
  case "$1" in
    include/uapi/*) printf '%s\n' "${1#include/uapi/}" ;;
    include/*) printf '%s\n' "${1#include/}" ;;
    arch/*/include/uapi/*) printf '%s\n' "${1#arch/*/include/uapi/}" ;;
    arch/*/include/*) printf '%s\n' "${1#arch/*/include/}" ;;
    *) basename "$1" ;;
  esac
}
header_includers() { # HEADER -> the .c files that include it directly
  local h=$1 inc q ere scope='.'
  inc=$(header_include "$h")
  q=$(printf '%s' "$inc" | sed 's/[.]/\\./g')
  case "$h" in
    include/*|arch/*/include/*) ere="#[[:space:]]*include[[:space:]]*[<\"]${q}[>\"]" ;;
    *) ere="#[[:space:]]*include[[:space:]]*\"([^\"]*/)?$q\""; scope="^$(dirname "$h")/" ;;
  esac
  # -F first: a regex over the whole tree costs seconds, a fixed string does not.
  g grep -l -F -e "$inc" -- '*.c' 2>/dev/null | grep -E "$scope" |
    (cd "$src" && xargs -r grep -lE "$ere") || true
}
by_file() { # VERB: "file:match" lines -> "file|VERB m1, m2" lines
  sort -u | awk -F: -v verb="$1" '
    { f = $1; m = substr($0, length(f) + 2)
      if (!(f in seen)) { order[++n] = f; seen[f] = m } else seen[f] = seen[f] ", " m }
    END { for (i = 1; i <= n; i++) print order[i] "|" verb " " seen[order[i]] }'
}
removed_decls() { # HEADER -> "struct|line" for each removed line, struct empty outside one
  g diff "$diff_from" "$diff_to" -- "$1" | awk '
    /^@@/ { ctx = $0; sub(/^@@[^@]*@@ ?/, "", ctx); cur = ""
            if (match(ctx, /(struct|union) [A-Za-z_0-9]+ *\{/)) {
              cur = substr(ctx, RSTART, RLENGTH); sub(/ *\{$/, "", cur); sub(/^(struct|union) /, "", cur) }
            next }
    /^(---|\+\+\+) / { next }
    /^[-+ ](struct|union) [A-Za-z_0-9]+ *\{/ { cur = substr($0, 2); sub(/^(struct|union) /, "", cur); sub(/ *\{.*/, "", cur); next }
    /^[-+ ]\}/ { cur = ""; next }
    /^-/ { print cur "|" substr($0, 2) }'
}
grep_users() { # VERB SCOPE-ERE ERE FIXED... -> "file|VERB matches" for .c files holding a FIXED word and ERE
  local verb=$1 scope=$2 ere=$3 fixed=()
  shift 3
  for w in "$@"; do fixed+=(-e "$w"); done
  # -F first: a regex over the whole tree costs seconds, fixed strings do not.
  g grep -l -w -F "${fixed[@]}" -- '*.c' 2>/dev/null | grep -E "$scope" |
    (cd "$src" && xargs -r grep -HoE "$ere") | by_file "$verb" || true
}
header_users() { # HEADER INCLUDER... -> "file|what" lines
  local h=$1 decls funcs fields st f dirs scope='.' fl
  shift
  case "$h" in include/*|arch/*/include/*) ;; *) scope="^$(dirname "$h")/" ;; esac
  decls=$(removed_decls "$h")
  funcs=$( { printf '%s\n' "$decls" | cut -d'|' -f2- | grep -v '(\s*\*' | grep -oP '\b[A-Za-z_]\w*(?=\s*\()' || true; } |
          grep -vxE 'if|while|for|switch|return|sizeof|typeof|defined|IS_ENABLED|__attribute__|__printf' | sort -u || true)
  # "struct|field" pairs: function-pointer members and plain members
  fields=$(printf '%s\n' "$decls" | while IFS='|' read -r st line; do
             f=$(printf '%s\n' "$line" | grep -oP '\(\s*\*\s*\K\w+(?=\s*\)\s*\()' ||
                 printf '%s\n' "$line" | grep -v '(' | grep -oP '\w+(?=\s*(\[[^]]*\])?\s*;)' || true)
             [ -z "$f" ] || printf '%s|%s\n' "$st" "$f"
           done | sort -u)
  if [ -n "$funcs" ]; then
    mapfile -t fl <<<"$funcs"
    grep_users calls "$scope" "\\b($(printf '%s\n' "$funcs" | paste -sd'|'))\\b" "${fl[@]}"
  fi
  # a field of struct S: files naming S that use ->field or .field; a field
  # outside any struct seen in the diff: the files that include the header.
  for st in $(printf '%s\n' "$fields" | cut -d'|' -f1 | sort -u); do
    f=$(printf '%s\n' "$fields" | awk -F'|' -v s="$st" '$1 == s { print $2 }' | paste -sd'|')
    grep_users "uses $st" "$scope" "(\\.|->)($f)\\b" "$st"
  done
  f=$(printf '%s\n' "$fields" | awk -F'|' '$1 == "" && $2 != "" { print $2 }' | paste -sd'|')
  if [ -n "$f" ] && [ $# -gt 0 ]; then
    (cd "$src" && grep -HoE "(\\.|->)($f)\\b" "$@") | by_file uses || true
  fi
  if [ -z "$funcs$fields" ] && [ $# -gt 0 ]; then
    dirs=$(printf '%s\n' "${sources[@]}" | xargs -r -n1 dirname | sort -u |
           sed 's/[.]/\\./g; s|$|/[^/]*$|; s|^|^|' | paste -sd'|')
    [ -z "$dirs" ] || printf '%s\n' "$@" | grep -E "$dirs" | sed 's/$/|includes it/' || true
  fi
}

# --users-among: the include graph of the tree, read once. `git grep -F` finds
# the #include lines in seconds (a regex over the tree takes a minute); awk
# resolves each to a file of the tree: "x.h" from the including file's
# directory first, <x.h> (and "x.h" not found there) in include/, include/uapi/,
# arch/A/include/ and arch/A/include/uapi/, A the including file's arch (else
# --arch). Includes through -I options of a makefile are not followed.
include_graph=""
read_include_graph() {
  local t=$SECONDS
  include_graph="$cache/include-graph.$$"
  trap 'rm -f "$include_graph" "$include_graph.h"' EXIT
  g grep -F -e '#include' -e '# include' -e '#  include' -- '*.c' '*.S' '*.h' >"$include_graph" 2>/dev/null || true
  g ls-files -- '*.h' >"$include_graph.h"
  graph_secs=$((SECONDS - t))
}
include_closure() { # HEADER -> "h|header|via" and "c|file|via" for what includes HEADER, directly or not
  awk -v target="$1" -v karch="$karch" '
    function norm(p,   n, i, k, part, out) {
      n = split(p, part, "/"); k = 0
      for (i = 1; i <= n; i++) {
        if (part[i] == "." || part[i] == "") continue
        if (part[i] == "..") { if (k > 0) k--; continue }
        out[++k] = part[i]
      }
      p = ""; for (i = 1; i <= k; i++) p = p (i > 1 ? "/" : "") out[i]
      return p
    }
    function resolve(f, q, local,   d, a) {
      if (local) { d = f; sub(/\/[^\/]*$/, "", d); d = norm(d "/" q); if (d in known) return d }
      a = karch
      if (f ~ /^arch\/[^\/]+\//) { a = substr(f, 6); sub(/\/.*/, "", a) }
      if (("arch/" a "/include/" q) in known) return "arch/" a "/include/" q
      if (("include/" q) in known) return "include/" q
      if (("arch/" a "/include/uapi/" q) in known) return "arch/" a "/include/uapi/" q
      if (("include/uapi/" q) in known) return "include/uapi/" q
      return ""
    }
    FNR == NR { known[$0] = 1; next }
    {
      i = index($0, ":"); f = substr($0, 1, i - 1); t = substr($0, i + 1)
      if (!match(t, /^[ \t]*#[ \t]*include[ \t]*[<"][^>"]+[>"]/)) next
      q = substr(t, RSTART, RLENGTH); loc = (q ~ /"/)
      sub(/^[^<"]*[<"]/, "", q); sub(/[>"]$/, "", q)
      h = resolve(f, q, loc)
      if (h != "" && h != f) by[h, ++n[h]] = f
    }
    END {
      queue[1] = target; seen[target] = "directly"; tail = 1
      for (head = 1; head <= tail; head++) {
        h = queue[head]
        for (k = 1; k <= n[h]; k++) {
          f = by[h, k]
          if (f in seen) continue
          seen[f] = (h == target) ? "directly" : "through " h
          if (f ~ /\.h$/) { queue[++tail] = f; print "h|" f "|" seen[f] }
          else if (f ~ /\.(c|S)$/) print "c|" f "|" seen[f]
        }
      }
    }' "$include_graph.h" "$include_graph"
}

declare -A is_source hdr_includes hdr_users in_among hdr_total hdr_via hdr_among hdr_own
for p in "${sources[@]}"; do is_source[$p]=1; done
cands=("${sources[@]}")
if [ -n "$users_among" ] && [ ${#headers[@]} -gt 0 ]; then
  a_from=$(g rev-parse -q --verify "${users_among%%..*}^{commit}") || bad_input "--users-among: unknown revision '${users_among%%..*}'"
  a_to=$(g rev-parse -q --verify "${users_among#*..}^{commit}") || bad_input "--users-among: unknown revision '${users_among#*..}'"
  while IFS= read -r f; do in_among[$f]=1; done < <(g diff --name-only --no-renames --diff-filter=d "$a_from" "$a_to" -- '*.c' '*.S')
  among_n=${#in_among[@]}
  read_include_graph
fi
for h in "${headers[@]}"; do
  if [ -n "$users_among" ]; then
    closure=$(include_closure "$h")
    hdr_total[$h]=$(grep -c '^c|' <<<"$closure" || true)
    hdr_via[$h]=$(grep -c '^h|' <<<"$closure" || true)
    hdr_among[$h]=0; hdr_own[$h]=0
    hdr_users[$h]=$(while IFS='|' read -r kind f via; do
                      [ "$kind" = c ] && [ -n "${in_among[$f]:-}" ] && [ -f "$src/$f" ] || continue
                      if [ -n "${is_source[$f]:-}" ]; then printf 'own|\n'; else printf '%s|includes it %s\n' "$f" "$via"; fi
                    done <<<"$closure")
    hdr_own[$h]=$(grep -c '^own|' <<<"${hdr_users[$h]}" || true)
    hdr_users[$h]=$(grep -v '^own|' <<<"${hdr_users[$h]}" || true)
    hdr_among[$h]=$(( hdr_own[$h] + $(grep -c . <<<"${hdr_users[$h]}" || true) ))
    while IFS='|' read -r f _; do [ -z "$f" ] || cands+=("$f"); done <<<"${hdr_users[$h]}"
    continue
  fi
  mapfile -t incs < <(header_includers "$h")
  hdr_includes[$h]=$(for f in "${incs[@]}"; do [ -z "${is_source[$f]:-}" ] || printf '%s ' "$f"; done)
  hdr_users[$h]=$(header_users "$h" "${incs[@]}" | sort |
                  awk -F'|' '$1 == f { w = w "; " $2; next } { if (f != "") print f "|" w; f = $1; w = $2 } END { if (f != "") print f "|" w }' |
                  while IFS='|' read -r f what; do [ -n "${is_source[$f]:-}" ] || printf '%s|%s\n' "$f" "$what"; done)
  while IFS='|' read -r f _; do [ -z "$f" ] || cands+=("$f"); done <<<"${hdr_users[$h]}"
done
for f in "${extra_users[@]}"; do
  [ -f "$src/$f" ] || bad_input "--user $f: no such file in $src"
  cands+=("$f")
done

declare -A unmapped mapped
kdirs=()
for p in "${cands[@]}"; do
  [ -z "${mapped[$p]:-}" ] || continue
  mapped[$p]=1
  a=$(arch_of "$p")
  if [ -n "$a" ] && [ "$a" != "$karch" ]; then unmapped[$p]="arch/$a, not $karch"; continue; fi
  map_source "$p"
  kdirs+=("${kdir_of[$p]}")
done
if [ ${#kdirs[@]} -gt 0 ]; then mapfile -t kdirs < <(printf '%s\n' "${kdirs[@]}" | sort -u); probe_dirs "${kdirs[@]}"; fi

builds() { # FILE -> 0 when this config builds it; else sets why_not
  if [ -n "${unmapped[$1]+x}" ]; then why_not=${unmapped[$1]}; return 1; fi
  config_builds "$1"
}
for p in "${sources[@]}"; do
  if builds "$p"; then add_object "$p" "touched"; else skipped+=("$p|$why_not"); fi
done
declare -A hdr_compiled hdr_unbuilt hdr_more
for h in "${headers[@]}"; do
  n=0
  while IFS='|' read -r f what; do
    [ -n "$f" ] || continue
    if ! builds "$f"; then hdr_unbuilt[$h]+="$f "
    elif [ -n "$users_among" ] || [ "$n" -lt "$users_max" ]; then
      add_object "$f" "user of $h: $what"; hdr_compiled[$h]+="$f "; n=$((n + 1))
    else hdr_more[$h]=$(( ${hdr_more[$h]:-0} + 1 ))
    fi
  done <<<"${hdr_users[$h]}"
done
for f in "${extra_users[@]}"; do
  if builds "$f"; then add_object "$f" "named with --user"; else skipped+=("$f|$why_not"); fi
done

say "compile-check: source $src"
say "compile-check: O=$out (config and prepare: ${t_prepare}s)"
say "compile-check: $(g rev-parse --short "$diff_from")..$(g rev-parse --short "$diff_to") touches ${#touched[@]} files; objects:"
for p in "${objects[@]}"; do say "  ${p%.*}.o  [${why_built[$p]}]"; done
for s in "${skipped[@]}"; do say "  ${s%%|*}  skipped: ${s#*|}"; done
for h in "${headers[@]}"; do
  if [ -n "$users_among" ]; then
    nc=$(wc -w <<<"${hdr_compiled[$h]:-}"); nu=$(wc -w <<<"${hdr_unbuilt[$h]:-}")
    say "  header $h: ${hdr_total[$h]} .c/.S files of the tree include it, directly or through ${hdr_via[$h]} headers that include it (include graph: ${graph_secs}s)"
    say "    users chosen (--users-among $users_among, $among_n .c/.S files): the ${hdr_among[$h]} of them it touches, every one: ${hdr_own[$h]} this step's own, $nc compiled as users, $nu not built by this config"
    [ -z "${hdr_unbuilt[$h]:-}" ] || say "    users this config does not build: ${hdr_unbuilt[$h]}"
    continue
  fi
  say "  header $h: included directly by touched ${hdr_includes[$h]:-(none)}"
  say "    users compiled: ${hdr_compiled[$h]:-(none)}${hdr_more[$h]:+ and ${hdr_more[$h]} more not compiled (--users-max $users_max)}"
  [ -z "${hdr_unbuilt[$h]:-}" ] || say "    users this config does not build: ${hdr_unbuilt[$h]}"
done
for p in "${deleted[@]}"; do say "  $p deleted: nothing to compile"; done
others=$(printf '%s\n' "${touched[@]}" | grep -vE '\.(c|S|h)$' || true)
[ -z "$others" ] || say "  not C: $(printf '%s\n' "$others" | paste -sd' ')"

# ---------------------------------------------------------------- build
passed=0; failed=0; nskipped=0
first_bad=""
logdir="$out/compile-check-logs"
mkdir -p "$logdir"

compile_step() { # LABEL -> per-object lines; returns 1 if one failed
  local label=$1 targets=() p rc=0 t lg bad=0
  say "== $label =="
  if [ ${#objects[@]} -eq 0 ]; then show_skipped; return 0; fi
  for p in "${objects[@]}"; do targets+=("${target_of[$p]}"); done
  # All objects in one make -k -j; when that fails, one make per object tells which.
  mk -k -j"$jobs" "${targets[@]}" >"$logdir/all.log" 2>&1 || rc=$?
  # When it fails, make -k names each object it could not build
  # ("*** [scripts/Makefile.build:250: drivers/x/y.o] Error 1"): those, and any
  # object not there or "not remade", are made again alone for their errors;
  # the rest compiled (a make per object costs seconds, a thousand of them an hour).
  local -A make_failed=()
  if [ "$rc" != 0 ]; then
    while IFS= read -r t; do make_failed[$t]=1; done < <(sed -n 's/.*\*\*\* \[[^]]*: \([^]]*\.o\)\] Error .*/\1/p' "$logdir/all.log")
  fi
  for p in "${objects[@]}"; do
    t=${target_of[$p]}
    if [ "$rc" = 0 ] || { [ ${#make_failed[@]} -gt 0 ] && [ -z "${make_failed[$t]:-}" ] && [ -f "$out/$t" ] &&
                          ! grep -qF "'$t' not remade" "$logdir/all.log"; }; then
      say "CC ${p%.*}.o ok"; passed=$((passed + 1)); continue
    fi
    lg="$logdir/$(printf '%s' "$p" | tr '/' '_').log"
    if mk -j"$jobs" "$t" >"$lg" 2>&1; then
      say "CC ${p%.*}.o ok"; passed=$((passed + 1))
    else
      say "CC ${p%.*}.o FAILED"; failed=$((failed + 1)); bad=1
      show_errors "$lg"
    fi
  done
  show_skipped
  return $bad
}
show_errors() { # LOG: the compiler's errors and notes, paths relative to the tree
  local n
  n=$(grep -cE '(error|warning|note):' "$1" || true)
  grep -E '(error|warning|note):' "$1" | sed "s|$src/||g; s/^/  | /" | head -n 16
  [ "$n" -le 16 ] || say "  | ... $((n - 16)) more in $1"
  [ "$n" -gt 0 ] || tail -n 5 "$1" | sed 's/^/  | /'
}
show_skipped() {
  local s
  for s in "${skipped[@]}"; do
    say "CC ${s%%|*} skipped (${s#*|})"; nskipped=$((nskipped + 1))
  done
}

t_build=$(date +%s)
step_fail=0
if [ "$do_base" = 1 ]; then
  g checkout -q --detach "$base_sha"
  compile_step "base $(g log -1 --format='%h %s' "$base_sha")" || step_fail=1
  [ "$step_fail" = 0 ] || say "compile-check: the base already fails: the config does not build these objects cleanly"
fi
if [ "$here" = 1 ]; then
  compile_step "work tree at $(g rev-parse --short HEAD) $(g log -1 --format=%s HEAD)" || step_fail=1
else
  steps=("${commits[@]}")
  [ "$each" = 1 ] || steps=("${commits[@]: -1}")
  total=${#commits[@]}
  for c in "${steps[@]}"; do
    i=0; for x in "${commits[@]}"; do i=$((i + 1)); [ "$x" = "$c" ] && break; done
    g checkout -q --detach "$c"
    if ! compile_step "patch $i/$total $(g log -1 --format='%h %s' "$c")"; then
      [ -n "$first_bad" ] || first_bad="$i/$total $(g log -1 --format='%h %s' "$c")"
      step_fail=1
    fi
  done
fi
t_build=$(( $(date +%s) - t_build ))

if [ -n "$first_bad" ]; then
  if [ "$each" = 1 ]; then say "compile-check: first failing patch: $first_bad"; else say "compile-check: fails after the last patch: $first_bad"; fi
fi
say "compile-check: config+prepare ${t_prepare}s, compile ${t_build}s"
say "compile-check: $passed passed, $failed failed, $nskipped skipped"
exit "$step_fail"

#!/usr/bin/env bash
# kernel-tree.sh: prepare a real Linux tree (Debian's linux-source-X.Y, 6.12 by
# default) as a git repository outside the respin repo, for acceptance runs.
#   scripts/kernel-tree.sh            # prints the tree's path as its last line
#   scripts/kernel-tree.sh 6.1        # Debian's linux-source-6.1 instead
#   RESPIN_CACHE=/tmp/rc scripts/kernel-tree.sh
# The tree lands in "${RESPIN_CACHE:-$HOME/.cache/respin}/linux-X.Y" with one
# commit "Linux X.Y.N" (fixed identity and date, so the base commit is
# reproducible for one package version), tagged vX.Y.N. Idempotent; progress on
# stderr, the path alone on stdout.
set -euo pipefail

series=${1:-6.12}
case "$series" in
  [0-9]*.[0-9]*) ;;
  -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) printf 'kernel-tree: error: give a kernel series such as 6.12, not "%s"\n' "$series" >&2; exit 2 ;;
esac
pkg=linux-source-$series
cache="${RESPIN_CACHE:-$HOME/.cache/respin}"
tree="$cache/linux-$series"
marker=".git/respin-kernel-tree"
ident_name="respin kernel-tree"
ident_email="respin@localhost"
ident_date="2024-11-17T00:00:00Z"

log() { printf 'kernel-tree: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Already done: the marker records the commit made by a complete run.
if [ -f "$tree/$marker" ]; then
  want=$(cat "$tree/$marker")
  have=$(git -C "$tree" rev-parse -q --verify HEAD 2>/dev/null || true)
  if [ -n "$want" ] && [ "$want" = "$have" ]; then
    log "up to date: $tree at $(git -C "$tree" describe --tags 2>/dev/null || echo "$have")"
    printf '%s\n' "$tree"
    exit 0
  fi
  die "$tree exists but HEAD ($have) is not the prepared commit ($want); remove it to rebuild"
fi
[ -e "$tree" ] && die "$tree exists but was not made by this script; remove it to rebuild"

if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
  log "installing $pkg (apt-get update, apt-get install)"
  as_root apt-get update >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y "$pkg" >&2
fi

tarball=$(dpkg -L "$pkg" | grep -E "linux-source-${series//./\\.}\\.tar(\\.(xz|bz2|gz|zst))?\$" | head -n1 || true)
[ -n "$tarball" ] && [ -f "$tarball" ] || die "no source tarball found in package $pkg"
log "tarball: $tarball"

mkdir -p "$cache"
tmp=$(mktemp -d "$cache/.linux-$series.tmp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

start=$(date +%s)
log "unpacking into $tmp"
tar -xaf "$tarball" -C "$tmp" --strip-components=1 --no-same-owner
[ -f "$tmp/Makefile" ] || die "unpacked tree has no top-level Makefile"

mkvar() { sed -n "s/^$1[[:space:]]*=[[:space:]]*\\([0-9]*\\).*/\\1/p" "$tmp/Makefile" | head -n1; }
version="$(mkvar VERSION).$(mkvar PATCHLEVEL).$(mkvar SUBLEVEL)"
case "$version" in
  "$series".*) ;;
  *) die "unexpected kernel version '$version' in Makefile" ;;
esac
log "kernel version $version"

# Debian's top-level .gitignore ignores the whole tree ("/*" before "!/debian/"):
# drop only such lines, keep every other pattern.
if [ -f "$tmp/.gitignore" ]; then
  sed -i -E '/^[[:space:]]*\/?\*{1,2}\/?[[:space:]]*$/d' "$tmp/.gitignore"
fi

export GIT_AUTHOR_NAME="$ident_name" GIT_AUTHOR_EMAIL="$ident_email" GIT_AUTHOR_DATE="$ident_date"
export GIT_COMMITTER_NAME="$ident_name" GIT_COMMITTER_EMAIL="$ident_email"
export GIT_COMMITTER_DATE="$ident_date"
g() { git -C "$tmp" "$@"; }

log "git init and add (takes a few minutes)"
g init -q -b master
g config core.bigFileThreshold 16m
g config gc.auto 0
g config core.autocrlf false
g config core.fsmonitor false
g config user.name "$ident_name"
g config user.email "$ident_email"
g add -A
# Debian also dropped upstream's "!.gitignore"-style exceptions to ".*", so
# dot-files (.gitignore, .kunitconfig, .clang-format ...) still look ignored;
# upstream tracks them, and every file of the release belongs in the commit.
g ls-files -z --others --ignored --exclude-standard |
  g -c advice.addEmptyPathspec=false add -f --pathspec-from-file=- --pathspec-file-nul
nfiles=$(g ls-files | wc -l)
[ "$nfiles" -gt 50000 ] || die "only $nfiles files staged; .gitignore still hides the tree?"
g commit -q --no-verify -m "Linux $version"
g tag "v$version"
head=$(g rev-parse HEAD)
printf '%s\n' "$head" >"$tmp/$marker"

chmod 755 "$tmp"
mv -T "$tmp" "$tree"
trap - EXIT
log "done: $nfiles files, commit $head (v$version) in $(( $(date +%s) - start ))s"
printf '%s\n' "$tree"

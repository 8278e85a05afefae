# acceptance-args.sh: sourced by the real-tree acceptance scripts that take
# [--recipe R] [--keep DIR] (`. "$root/scripts/acceptance-args.sh" "$@"`). The caller
# sets root, name (its message prefix) and help (the sed line range of its header
# comment); this sets recipe, tree (the repository of scripts/kernel-tree.sh) and
# work (DIR, or a temporary folder removed on exit).
recipe=kvm-file
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --recipe) recipe=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n "$help" "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "$name: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
tree=$("$root/scripts/kernel-tree.sh" | tail -n 1)
work=${keep:-$(mktemp -d)}
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

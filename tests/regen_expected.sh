#!/usr/bin/env bash
# regen_expected.sh [--check] [FILE...]: regenerates the expected results of the script tests
# from CPython 3.13 (the oracle), so every .out/.err/.status is provably what CPython prints.
#   tests/<cat>/<name>.py -> <name>.out (stdout); when the exit status is non-zero, or always in
#   errors/, <name>.status and <name>.err (the last non-empty line of stderr).
#   tests/cli/<name>.sh   -> run as `bash <name>.sh PYTHON`; <name>.out and <name>.status (if non-zero).
#   A cli script containing the line `# expected: hand-written` keeps its hand-written .out (its
#   output is Weft-specific, e.g. the --version text).
# An existing tests/<cat>/<name>.stderr opts in to a whole-stderr comparison and is regenerated.
# <name>.args (arguments) and <name>.stdin (standard input) are used as by run_script_test.sh.
# --check: compare instead of writing (also catches tests whose output is not deterministic,
# e.g. str-keyed set order, as CPython randomises string hashes).
set -u
python="${PYTHON313:-$HOME/.pyenv/versions/3.13.0/bin/python3.13}"
export PYTHONDONTWRITEBYTECODE=1
tests="$(cd "$(dirname "$0")" && pwd)"
check=0
[ "${1:-}" = "--check" ] && { check=1; shift; }
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  for c in language builtins stdlib errors threading; do files+=("$tests/$c"/*.py); done
  files+=("$tests/cli"/*.sh)
fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
bad=0
put() {  # put CONTENT_FILE TARGET: write (or compare in --check mode)
  if [ $check -eq 1 ]; then
    if ! cmp -s "$1" "$2"; then echo "DIFFERS: $2"; bad=1; fi
  else
    cp "$1" "$2"
  fi
}
drop() { [ $check -eq 1 ] && { [ -e "$1" ] && { echo "STALE: $1"; bad=1; }; return; }; rm -f "$1"; }
for f in "${files[@]}"; do
  f="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
  dir="$(dirname "$f")"; cat="$(basename "$dir")"
  case "$f" in *.sh) base="${f%.sh}" ;; *) base="${f%.py}" ;; esac
  stdin=/dev/null; [ -f "$base.stdin" ] && stdin="$base.stdin"
  if [[ "$f" == *.sh ]]; then
    (cd "$dir" && timeout 120 bash "$(basename "$f")" "$python" <"$stdin" >"$tmp/out" 2>"$tmp/err")
    status=$?
    grep -q '^# expected: hand-written' "$f" || put "$tmp/out" "$base.out"
  else
    args=(); [ -f "$base.args" ] && read -r -a args < "$base.args"
    (cd "$dir" && timeout 120 "$python" "$(basename "$f")" "${args[@]}" <"$stdin" >"$tmp/out" 2>"$tmp/err")
    status=$?
    put "$tmp/out" "$base.out"
    # Opt-in full-stderr comparison: an existing <name>.stderr is regenerated (directory dropped).
    if [ -f "$base.stderr" ]; then sed "s|$dir/||g" "$tmp/err" > "$tmp/stderr"; put "$tmp/stderr" "$base.stderr"; fi
  fi
  if [ $status -ne 0 ] || { [ "$cat" = errors ] && [[ "$f" == *.py ]]; }; then
    echo "$status" > "$tmp/status"; put "$tmp/status" "$base.status"
    if [[ "$f" == *.py ]]; then
      last="$(grep -av '^$' "$tmp/err" | tail -n 1)"; last="${last//$dir\//}"  # as run_script_test.sh
      printf '%s\n' "$last" > "$tmp/last"; put "$tmp/last" "$base.err"
    fi
  else
    drop "$base.status"; drop "$base.err"
  fi
done
exit $bad

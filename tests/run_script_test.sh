#!/usr/bin/env bash
# run_script_test.sh WEFT SCRIPT.py: runs SCRIPT with WEFT from the script's directory and checks
# stdout against SCRIPT.out, the last stderr line against SCRIPT.err (if present) and the exit
# status against SCRIPT.status (default 0). Optional SCRIPT.args holds command-line arguments,
# SCRIPT.stdin is fed to standard input. "<script dir>/" is dropped from the stderr line, so messages
# that name the (absolute) script path do not depend on where the tree is checked out.
# Opt-in: when SCRIPT.stderr exists, the whole stderr (script directory dropped) must equal it.
# Second mode, for command-line tests: run_script_test.sh WEFT SCRIPT.sh runs `bash SCRIPT.sh WEFT`
# from the script's directory (WEFT made absolute) and checks its stdout against SCRIPT.out and its
# exit status against SCRIPT.status (default 0); SCRIPT.err is checked as above.
set -u
weft="$1"; script="$2"
case "$weft" in /*) ;; */*) weft="$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft")" ;; esac
dir="$(dirname "$script")"
case "$script" in *.sh) base="${script%.sh}"; mode=cli ;; *) base="${script%.py}"; mode=py ;; esac
expected_status=0
[ -f "$base.status" ] && expected_status="$(cat "$base.status")"
args=()
[ -f "$base.args" ] && read -r -a args < "$base.args"
stdin=/dev/null
[ -f "$base.stdin" ] && stdin="$base.stdin"
out="$(mktemp)"; err="$(mktemp)"
trap 'rm -f "$out" "$err"' EXIT
if [ "$mode" = cli ]; then
  (cd "$dir" && timeout 60 bash "$(basename "$script")" "$weft" <"$stdin" >"$out" 2>"$err")
else
  (cd "$dir" && timeout 60 "$weft" "$(basename "$script")" "${args[@]}" <"$stdin" >"$out" 2>"$err")
fi
status=$?
fail=0
if ! cmp -s "$out" "$base.out"; then
  echo "FAIL: stdout differs (expected vs actual):"; diff "$base.out" "$out" | head -40; fail=1
fi
if [ -f "$base.err" ]; then
  # The script's directory is dropped from the line, so messages that name the file (CPython
  # makes the script path absolute) do not depend on where the tree is checked out.
  absdir="$(cd "$dir" && pwd)"
  last="$(grep -av '^$' "$err" | tail -n 1)"; last="${last//$absdir\//}"
  if [ "$last" != "$(cat "$base.err")" ]; then
    echo "FAIL: last stderr line: expected '$(cat "$base.err")', got '$last'"; fail=1
  fi
fi
if [ -f "$base.stderr" ]; then
  # Opt-in: the whole stderr (e.g. tracebacks with their ~~^^ markers), script directory dropped.
  absdir="$(cd "$dir" && pwd)"
  if ! sed "s|$absdir/||g" "$err" | cmp -s - "$base.stderr"; then
    echo "FAIL: stderr differs (expected vs actual):"; sed "s|$absdir/||g" "$err" | diff "$base.stderr" - | head -40; fail=1
  fi
fi
if [ "$status" != "$expected_status" ]; then
  echo "FAIL: exit status $status, expected $expected_status"; fail=1
fi
if [ $fail -ne 0 ]; then
  echo "--- stderr ---"; head -30 "$err"
fi
exit $fail

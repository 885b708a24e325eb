# weft - [ARGS...] reads the program from standard input.
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
echo 'print("from stdin via -")' | "$weft" -
echo "status $?"
"$weft" - one --two < data/from_stdin.py
echo "status $?"
printf 'import sys\nprint(sys.argv)\nraise ValueError("stdin failure")\n' | "$weft" - 2>"$tmp/err"
echo "status $?"
grep -v '^$' "$tmp/err" | tail -n 1

# Errors from -c code: traceback on stderr (last line shown), status 1; sys.exit codes.
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$weft" -c 'print("before"); 1/0' 2>"$tmp/err"
echo "status $?"
grep -v '^$' "$tmp/err" | tail -n 1
"$weft" -c 'import sys; sys.exit(5)'
echo "status $?"
"$weft" -c 'import sys; sys.exit("bye")' 2>"$tmp/err"
echo "status $?"
cat "$tmp/err"
"$weft" -c 'x = (' 2>"$tmp/err"
echo "status $?"
grep -v '^$' "$tmp/err" | tail -n 1
"$weft" -c 'raise SystemExit(0)'
echo "status $?"

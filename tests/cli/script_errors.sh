# Script files: exit status of an uncaught exception (1), a syntax error (1), sys.exit(n) (n).
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
printf 'print("partial")\nraise KeyError("k")\n' > "$tmp/tmp_raise.py"
"$weft" "$tmp/tmp_raise.py" 2> "$tmp/err"
echo "status $?"
head -n 1 "$tmp/err"
grep -v '^$' "$tmp/err" | tail -n 1
printf 'print("never")\ndef f(:\n' > "$tmp/tmp_syntax.py"
"$weft" "$tmp/tmp_syntax.py" 2> "$tmp/err"
echo "status $?"
grep -v '^$' "$tmp/err" | tail -n 1
printf 'import sys\nsys.exit(17)\n' > "$tmp/tmp_exit.py"
"$weft" "$tmp/tmp_exit.py"
echo "status $?"

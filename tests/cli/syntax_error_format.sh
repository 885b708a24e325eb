# A SyntaxError report: File "...", line N, the source line, a caret line, then the message
# (the path is reduced to its basename); exit status 1 and nothing from the script runs.
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
printf 'print("never")\nx = (1 +\n      2))\n' > "$tmp/bad_paren.py"
"$weft" "$tmp/bad_paren.py" 2> "$tmp/err"
echo "status $?"
sed -E 's/File "([^"]*\/)?([^"\/]*)"/File "\2"/' "$tmp/err"
printf 'if True:\n    x = 1\n   y = 2\n' > "$tmp/bad_indent.py"
"$weft" "$tmp/bad_indent.py" 2> "$tmp/err"
echo "status $?"
sed -E 's/File "([^"]*\/)?([^"\/]*)"/File "\2"/' "$tmp/err"
printf 'value = 1\nprint(value +* 2)\n' > "$tmp/bad_expr.py"
"$weft" "$tmp/bad_expr.py" 2> "$tmp/err"
echo "status $?"
sed -E 's/File "([^"]*\/)?([^"\/]*)"/File "\2"/' "$tmp/err"

# A missing script: "<prog>: can't open file '<path>': [Errno 2] No such file or directory", exit 2.
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$weft" no_such_script.py arg > "$tmp/out" 2> "$tmp/err"
echo "status $?"
[ -s "$tmp/out" ] || echo "nothing on stdout"
# Drop the program name and the directory of the path (CPython prints it absolute).
sed -E "s/^.*(can't open file) '([^']*\/)?([^'\/]*)'/\1 '\3'/" "$tmp/err"
"$weft" data/missing_dir/x.py 2> "$tmp/err"
echo "status $?"
sed -E "s/^.*(can't open file) '([^']*\/)?([^'\/]*)'/\1 '\3'/" "$tmp/err"

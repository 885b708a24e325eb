# An unknown option is an error: a message on stderr, nothing run, exit status 2.
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$weft" --no-such-option data/show_argv.py > "$tmp/out" 2> "$tmp/err"
echo "status $?"
[ -s "$tmp/out" ] || echo "nothing on stdout"
[ -s "$tmp/err" ] && echo "message on stderr"
"$weft" -Z > "$tmp/out" 2> "$tmp/err"
echo "status $?"
[ -s "$tmp/err" ] && echo "message on stderr"

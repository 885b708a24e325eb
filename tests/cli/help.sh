# -h and --help print a usage text on stdout and exit 0.
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$weft" -h > "$tmp/out"
echo "status $?"
[ -s "$tmp/out" ] && echo "-h printed help"
grep -qi 'usage' "$tmp/out" && echo "-h mentions usage"
"$weft" --help > "$tmp/out"
echo "status $?"
[ -s "$tmp/out" ] && echo "--help printed help"
grep -q -- '-c' "$tmp/out" && echo "--help mentions -c"

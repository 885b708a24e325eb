# The traceback of an uncaught exception: header, one File/line/name entry per frame with its
# source line, then "Type: message" (positions normalised: the path is reduced to its basename;
# CPython's caret lines under the source are dropped).
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/tmp_tb.py" <<'PY'
def inner(x):
    return 10 // x

def outer():
    return inner(0)

outer()
PY
"$weft" "$tmp/tmp_tb.py" 2> "$tmp/err"
echo "status $?"
sed -E -e 's/File "([^"]*\/)?([^"\/]*)"/File "\2"/' -e '/^ *[~^]+ *$/d' "$tmp/err"

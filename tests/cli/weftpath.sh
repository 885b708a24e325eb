# WEFTPATH (PYTHONPATH for python; both are set here) puts ':'-separated directories on sys.path
# after the script's directory (or '' for -c); -E and -I ignore it.
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/lib1" "$tmp/lib2"
echo 'WHERE = "lib1"' > "$tmp/lib1/where.py"
echo 'WHERE = "lib2"' > "$tmp/lib2/where.py"
echo 'ONLY = 2' > "$tmp/lib2/only2.py"
export WEFTPATH="$tmp/lib1:$tmp/lib2" PYTHONPATH="$tmp/lib1:$tmp/lib2"
"$weft" -c 'import sys, where, only2
print(where.WHERE, only2.ONLY)
print(sys.path[0] == "", sys.path[1].endswith("lib1"), sys.path[2].endswith("lib2"))'
echo "status $?"
"$weft" data/show_argv.py x
echo "status $?"
"$weft" -E -c 'import where' 2>&1 | tail -n 1
"$weft" -I -c 'import only2' 2>&1 | tail -n 1
"$weft" -E -c 'import sys; print(sys.path[0])'

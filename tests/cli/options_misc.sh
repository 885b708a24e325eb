# Flags combined in one word, `--` before the script, -u (unbuffered: stdout and stderr interleave
# in call order), a missing -X/-m/-c/-W argument (usage error, status 2).
weft="$1"
"$weft" -Ec 'print("combined -E -c")'
echo "status $?"
"$weft" -qEu -c 'print("combined -q -E -u")'
echo "status $?"
"$weft" -- data/show_argv.py -x --y
echo "status $?"
"$weft" -u -c 'import sys; sys.stdout.write("1 "); sys.stderr.write("2 "); sys.stdout.write("3\n")' 2>&1
for opt in -X -m -c -W; do
  "$weft" $opt 2>/dev/null
  echo "$opt without argument: status $?"
done

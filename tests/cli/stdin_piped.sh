# With no script argument and a non-terminal stdin, weft runs the piped program.
weft="$1"
echo 'print("piped program")' | "$weft"
echo "status $?"
"$weft" < data/from_stdin.py
echo "status $?"
printf 'x = 6 * 7\nprint(x)\n' | "$weft"

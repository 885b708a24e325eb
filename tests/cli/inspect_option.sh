# -i runs the REPL after the program, reading stdin even when it is not a terminal (prompts and
# tracebacks go to stderr, results to stdout); it follows an uncaught exception and SystemExit
# too; the exit status is the REPL's (0 at end of input, the code of a sys.exit in it).
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
printf 'x\nx * 2\nif x:\n    print("yes")\n\n1/0\nx\n' | "$weft" -i -c 'x = 5' 2>"$tmp/err"
echo "status $?"
grep -c '^ZeroDivisionError' "$tmp/err"
printf 'print("repl after error, x =", x)\n' | "$weft" -i -c 'x = 1; 1/0' 2>"$tmp/err"
echo "status $?"
grep '^ZeroDivisionError' "$tmp/err"
printf 'print("repl after SystemExit")\n' | "$weft" -i -c 'raise SystemExit(3)' 2>"$tmp/err"
echo "status $?"
grep '^SystemExit' "$tmp/err"
printf 'import sys\nprint("before exit")\nsys.exit(4)\nprint("not reached")\n' | "$weft" -q -i 2>/dev/null
echo "status $?"
printf 'None\n7\n_\n_ + 1\n' | "$weft" -q -i 2>/dev/null
echo "status $?"
printf 'import sys\nprint(repr(sys.ps1), repr(sys.ps2))\n' | "$weft" -q -i 2>/dev/null
printf 'values = [1,\n\n2]\nvalues\ndef f():\n    return 8\n\nf()\n' | "$weft" -q -i 2>/dev/null
printf 'exit\nquit\nquit(6)\n' | "$weft" -q -i 2>/dev/null
echo "status $?"
printf 'print("no newline at the end")' | "$weft" -q -i 2>/dev/null
echo "status $?"
printf 'if 1:\n    print("ended by EOF")' | "$weft" -q -i 2>/dev/null
echo "status $?"
printf 'print("after a missing file")\n' | "$weft" -i no_such_file.py 2>/dev/null
echo "status $?"
printf 'import sys\nprint(sys.argv)\n' | "$weft" -i - a b 2>/dev/null

# Tracebacks of statements typed at the REPL show their source lines (and markers) as CPython 3.13
# does, also for a function defined by an earlier input. stdin is piped here (-i); the same
# lines are shown on a terminal. Expected output: CPython 3.13's (identical).
weft="$1"
printf '1/0\ndef f():\n    return 1/0\n\nf()\nif True:\n    x = 1\n    y = 2 / 0\n\nprint(x)\n' | "$weft" -i -q 2>&1
echo "status $?"

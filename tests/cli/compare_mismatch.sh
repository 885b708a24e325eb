# expected: hand-written (the tool's own report)
# weft-compare says clearly when the runs do not all print the same output (here the time), keeps
# the differing outputs in the result folder and exits with status 1; a failing script is
# reported with its exit status. Bad options are usage errors (status 2).
weft="$1"
tool="$(dirname "$weft")/weft-compare"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$tool" --build gil="$weft" --threads 1 --repeat 2 --out "$tmp/res" data/compare_varies.py > "$tmp/table"
echo "status $?"
grep '^Outputs:' "$tmp/table"
grep -c 'output differs from gil-t1-run0' "$tmp/table"
ls "$tmp/res" | grep -c '^output-gil-t1-run[0-9].txt$'
grep -q '"outputs_identical": false' "$tmp/res/results.json" && echo "json: outputs not identical"
printf 'raise SystemExit(3)\n' > "$tmp/fails.py"
"$tool" --build gil="$weft" --threads 1 --repeat 1 --out "$tmp/res2" "$tmp/fails.py" > "$tmp/table"
echo "status $?"
grep -c 'FAILED' "$tmp/table"
grep -q 'gil threads=1: exit status 3' "$tmp/table" && echo "reports the exit status"
"$tool" --build gil="$weft" --threads 0 data/compare_tiny.py 2>/dev/null
echo "bad thread count: status $?"
"$tool" --build gil="$weft" 2>/dev/null
echo "no script: status $?"
"$tool" --build gil=/no/such/weft data/compare_tiny.py 2>/dev/null
echo "missing build: status $?"

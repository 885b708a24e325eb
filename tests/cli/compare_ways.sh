# expected: hand-written (timings vary: only the shape of the results is checked)
# weft-compare --ways: the script runs once per way (its first argument) and build; one row per
# BUILD/WAY and thread count, one chart line per BUILD/WAY, outputs checked across all of them.
# A build without concurrent.interpreters (here a wrapper that fails that import) gets a note
# and no interpreters rows.
weft="$1"
tool="$(dirname "$weft")/weft-compare"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
weft_abs="$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft")"
cat > "$tmp/old" <<WRAP
#!/bin/sh
case "\$2" in *concurrent.interpreters*) exit 1 ;; esac
exec "$weft_abs" "\$@"
WRAP
chmod +x "$tmp/old"
"$tool" --build gil="$weft" --build old="$tmp/old" --threads 1,2 --repeat 1 \
        --ways threads,interpreters,processes --out "$tmp/res" data/compare_ways_tiny.py > "$tmp/table"
echo "status $?"
grep -q '^build  *threads  *median  *min  *max  *cpu  *peak mem  *speedup  *vs gil$' "$tmp/table" && echo "table header"
for b in gil/threads gil/interpreters gil/processes old/threads old/interpreters old/processes; do
  echo "$b rows: $(grep -cE "^$b +[12] +[0-9.]+s +[0-9.]+s +[0-9.]+s +[0-9.]+s +[0-9.]+ MiB +[0-9.]+x +[0-9.]+$" "$tmp/table")"
done
grep '^Note:' "$tmp/table"
grep '^Outputs:' "$tmp/table"
json="$tmp/res/results.json"
grep -q '"ways": \["threads", "interpreters", "processes"\]' "$json" && echo "json: ways listed"
echo "summary rows: $(grep -c '"median_wall_s": ' "$json")"
grep -q '"outputs_identical": true' "$json" && echo "json: outputs identical"
echo "lines in the chart: $(grep -c '<polyline' "$tmp/res/chart.svg")"
"$tool" --build gil="$weft" --ways threads,bogus data/compare_ways_tiny.py 2>&1 | head -1

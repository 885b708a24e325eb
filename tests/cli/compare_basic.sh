# expected: hand-written (timings vary: only the shape of the results is checked)
# weft-compare (the tool behind scripts/compare) on a tiny script, with --repeat 1 and two thread
# counts, three "builds" (all this weft): a table with one row per build and thread count, the
# output check, results.json with every run (warm-ups included) and a well-formed chart.svg with
# one line per build.
weft="$1"
tool="$(dirname "$weft")/weft-compare"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$tool" --build gil="$weft" --build ft="$weft" --python "$weft" --threads 1,2 --repeat 1 \
        --out "$tmp/res" data/compare_tiny.py > "$tmp/table"
echo "status $?"
grep -q '^build  *threads  *median  *min  *max  *cpu  *peak mem  *speedup  *vs gil$' "$tmp/table" && echo "table header"
for b in gil ft python; do
  echo "$b rows: $(grep -cE "^$b +[12] +[0-9.]+s +[0-9.]+s +[0-9.]+s +[0-9.]+s +[0-9.]+ MiB +[0-9.]+x +[0-9.]+$" "$tmp/table")"
done
grep '^Outputs:' "$tmp/table"
grep -q "^Results: $tmp/res/results.json, chart: $tmp/res/chart.svg$" "$tmp/table" && echo "names the folder"
json="$tmp/res/results.json"
echo "runs in results.json: $(grep -c '"warmup": ' "$json")"
echo "warm-up runs: $(grep -c '"warmup": true' "$json")"
echo "summary rows: $(grep -c '"median_wall_s": ' "$json")"
grep -q '"outputs_identical": true' "$json" && echo "json: outputs identical"
svg="$tmp/res/chart.svg"
if command -v xmllint >/dev/null; then
  xmllint --noout "$svg" && echo "chart.svg is well-formed XML"
else  # no libxml2-utils: at least the frame
  head -c 5 "$svg" | grep -q '<?xml' && tail -n 1 "$svg" | grep -qx '</svg>' && echo "chart.svg is well-formed XML"
fi
echo "lines in the chart: $(grep -c '<polyline' "$svg")"
grep -q '>threads (WEFT_THREADS)<' "$svg" && echo "x axis labelled"
grep -q '>wall time, seconds' "$svg" && echo "y axis labelled"

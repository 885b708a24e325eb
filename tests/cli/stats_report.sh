# -X stats: the report printed to stderr at exit (concurrency/stats.h). Checks its sections and
# that the numbers are sane (no timings); without the option nothing is printed.
# expected: hand-written (the report is Weft's own)
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/work.py" <<'PY'
import threading, time, _thread
shared = []
def work(n):
    for i in range(n):
        shared.append(i)
        if len(shared) > 50:
            shared.clear()
    time.sleep(0.01)
threads = [threading.Thread(target=work, args=(30000,), name=f"worker-{k}") for k in range(2)]
for t in threads: t.start()
for t in threads: t.join()
done = _thread.allocate_lock()
done.acquire()
_thread.start_new_thread(lambda: done.release(), ())
done.acquire()
print("done")
PY
ft="$("$weft" -c 'import sys; print(int(not sys._is_gil_enabled()))')"
"$weft" "$tmp/work.py" >/dev/null 2>"$tmp/err0"
[ -s "$tmp/err0" ] && echo "without -X stats: unexpected stderr" || echo "without -X stats: no report"

"$weft" -X stats "$tmp/work.py" 2>"$tmp/err"
echo "status $?"
num() { tr -d , <<<"$1"; }
grep -q '^-X stats: \(gil\|free-threading\) build, global lock \(on\|off\)$' "$tmp/err" && echo "header line"
grep -q '^thread  *wall ms  *cpu ms  *gil wait ms  *lock wait ms  *blocked ms$' "$tmp/err" && echo "thread table header"
awk '$1 == "MainThread" && $2 > 0 && $3 > 0 { ok = 1 } END { exit !ok }' "$tmp/err" && echo "MainThread row: wall and cpu > 0"
[ "$(awk '$1 ~ /^worker-[01]$/ && $2 > 0 && $3 > 0 && $6 > 0' "$tmp/err" | wc -l)" = 2 ] &&
  echo "two worker rows: wall, cpu and blocked (sleep) > 0"
grep -q '^_thread #[0-9]* ' "$tmp/err" && echo "bare _thread row"
grep -q '^threads: 4 ended or main; process cpu [0-9.]* ms$' "$tmp/err" && echo "threads summary"
grep -q '^blocking regions: [0-9,]* entered, [0-9.]* ms blocked in all; [0-9.]* ms held up by stop-the-world pauses$' "$tmp/err" && echo "blocking line"
if [ "$ft" = 1 ]; then
  grep -q '^global lock: off$' "$tmp/err" && echo "global lock line"
  line="$(grep '^reference counts: ' "$tmp/err")"
  fast="$(num "$(sed -n 's/^reference counts: \([0-9,]*\) owner fast path (\([0-9.]*\)%), \([0-9,]*\) shared atomic (\([0-9.]*\)%), \([0-9,]*\) merges, \([0-9,]*\) queued to owner$/\1/p' <<<"$line")")"
  shared="$(num "$(sed -n 's/^reference counts: [0-9,]* owner fast path ([0-9.]*%), \([0-9,]*\) shared atomic.*/\1/p' <<<"$line")")"
  [ -n "$fast" ] && [ "$fast" -gt 1000 ] && [ -n "$shared" ] && [ "$shared" -gt 0 ] && echo "reference count line"
  grep -q '^qsbr: [0-9,]* blocks retired, [0-9,]* freed after a grace period$' "$tmp/err" && echo "qsbr or plain line"
  grep -q '^object locks: [0-9,]* contended acquisitions, [0-9,]* parked, [0-9.]* ms waiting$' "$tmp/err" && echo "object locks line"
else
  acq="$(num "$(sed -n 's/^global lock: \([0-9,]*\) acquisitions, [0-9,]* drop requests, [0-9,]* forced hand-offs, switch interval 5.0 ms$/\1/p' "$tmp/err")")"
  [ -n "$acq" ] && [ "$acq" -ge 4 ] && echo "global lock line"
  grep -q '^reference counts: plain' "$tmp/err" && echo "reference count line"
  echo "qsbr or plain line"
  grep -q '^object locks' "$tmp/err" || echo "object locks line"
fi

# With the global lock on (ft: -X gil=1) two busy threads hand it over.
"$weft" -X stats -X gil=1 "$tmp/work.py" 2>"$tmp/err" >/dev/null
acq="$(num "$(sed -n 's/^global lock: \([0-9,]*\) acquisitions, .*/\1/p' "$tmp/err")")"
[ -n "$acq" ] && [ "$acq" -ge 4 ] && echo "gil=1: acquisitions counted"

# The report also follows an uncaught exception / SystemExit, and counts a daemon thread that is
# still running as such.
"$weft" -X stats -c 'raise SystemExit(3)' 2>"$tmp/err"
echo "SystemExit status $?"
grep -q '^MainThread ' "$tmp/err" && echo "report after SystemExit"
"$weft" -X stats -c '
import threading, time
threading.Thread(target=time.sleep, args=(100,), daemon=True).start()
print("main done")' 2>"$tmp/err"
echo "daemon status $?"
grep -q '^threads: 1 ended or main, 1 still running (not shown); ' "$tmp/err" && echo "daemon counted as running"

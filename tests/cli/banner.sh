# expected: hand-written (the banner and the help text are Weft's)
# The REPL banner (on stderr) names the version and the build: printed by `weft -i` with no
# program, not with -q nor after a program; -VV adds build details; -h lists Weft's options and
# environment variables.
weft="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
gil="$("$weft" -c 'import sys; print(sys._is_gil_enabled())')"
[ "$gil" = True ] && build=gil || build=free-threading
echo 'print("hi")' | "$weft" -i 2>"$tmp/err"
[ "$(sed -n 1p "$tmp/err")" = "Weft 0.1.0 ($build) on linux" ] && echo "banner line 1 ok"
[ "$(sed -n 2p "$tmp/err")" = 'Type "help", "copyright", "credits" or "license" for more information.' ] && echo "banner line 2 ok"
echo 'print("hi")' | "$weft" -i -q 2>"$tmp/err"
grep -q '^Weft' "$tmp/err" || echo "-q: no banner"
echo 'print("hi")' | "$weft" -i -c 'pass' 2>"$tmp/err"
grep -q '^Weft' "$tmp/err" || echo "-i -c: no banner"
"$weft" -VV > "$tmp/out"
[ "$(sed -n 1p "$tmp/out")" = "Weft 0.1.0 ($build)" ] && echo "-VV line 1 ok"
[ "$(wc -l < "$tmp/out")" -ge 2 ] && echo "-VV adds details"
"$weft" -h > "$tmp/out"
for word in '-c cmd' '-m mod' '-i ' '-q ' '-u ' '-E ' '-I ' '-X opt' 'gil=0|1' 'dis' 'stats' '-V ' WEFTPATH WEFT_GIL; do
  grep -q -- "$word" "$tmp/out" && echo "help mentions $word"
done

# expected: hand-written (-X gil=0 is valid only in the free-threading build; Weft's own options)
# -X options land in sys._xoptions; -X gil=0|1 and WEFT_GIL choose the global lock (gil=0 is an
# error in the gil build, any other value an error in both: status 1); -E ignores WEFT_GIL;
# -X dis prints the bytecode instead of running the program.
weft="$1"
gil="$("$weft" -c 'import sys; print(sys._is_gil_enabled())')"
"$weft" -X foo -X bar=baz -c 'import sys; print(sorted(sys._xoptions.items()))'
"$weft" -X gil=1 -c 'import sys; print("gil=1 ->", sys._is_gil_enabled())'
"$weft" -X gil=2 -c 'print("ran")' 2>/dev/null
echo "gil=2: status $?"
WEFT_GIL=2 "$weft" -c 'print("ran")' 2>/dev/null
echo "WEFT_GIL=2: status $?"
WEFT_GIL=2 "$weft" -E -c 'print("-E ignores WEFT_GIL")'
out="$("$weft" -X gil=0 -c 'import sys; print(sys._is_gil_enabled())' 2>/dev/null)"; st=$?
if [ "$gil" = True ]; then ok=$([ $st = 1 ] && [ -z "$out" ] && echo yes)  # refused by the gil build
else ok=$([ $st = 0 ] && [ "$out" = False ] && echo yes); fi             # lock off in the ft build
echo "gil=0 as the build requires: ${ok:-no (status $st, printed '$out')}"
"$weft" -X dis -c 'print("not run")' | grep -q 'not run' && echo "-X dis shows the constant"
"$weft" -X dis -c 'print("not run")' | grep -qx 'not run' || echo "-X dis does not run the program"

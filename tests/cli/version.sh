# expected: hand-written (the version text is Weft's; the build name must match the running build)
# -V and --version print "Weft 0.1.0 (gil)" or "Weft 0.1.0 (free-threading)" on stdout and exit 0;
# which one must agree with sys._is_gil_enabled() of the same binary.
weft="$1"
short="$("$weft" -V)"; s1=$?
long="$("$weft" --version)"; s2=$?
gil="$("$weft" -c 'import sys; print(sys._is_gil_enabled())')"
if [ "$gil" = True ]; then expected='Weft 0.1.0 (gil)'; else expected='Weft 0.1.0 (free-threading)'; fi
echo "status $s1 $s2"
[ "$short" = "$expected" ] && echo "-V ok" || echo "-V printed '$short', expected '$expected'"
[ "$long" = "$expected" ] && echo "--version ok" || echo "--version printed '$long', expected '$expected'"

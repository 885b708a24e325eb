# weft -c CODE [ARGS...]: runs CODE; sys.argv is ['-c', ARGS...], passed untouched.
weft="$1"
"$weft" -c 'print(1 + 1)'
echo "status $?"
"$weft" -c 'import sys; print(sys.argv)' a -b --c -- -V
echo "status $?"
"$weft" -c 'for i in range(3):
    print("multi-line", i)'
echo "status $?"
"$weft" -c 'import sys; print(__name__, sys.argv[0])'
"$weft" -c ''
echo "empty code status $?"

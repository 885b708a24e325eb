# input() reads lines from piped standard input of a script; EOF raises EOFError.
weft="$1"
printf 'line one\nline two\n' | "$weft" -c '
a = input()
b = input("prompt> ")
print([a, b])
try:
    input()
except EOFError as e:
    print("EOFError", e)'
echo "status $?"

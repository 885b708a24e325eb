# TypeError from a builtin with wrong argument count.
len([1], [2])

# IndexError from pop of an empty list.
[].pop()

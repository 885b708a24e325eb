# ValueError from unpacking.
a, b = [1, 2, 3]

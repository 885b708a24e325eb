# AttributeError on a built-in type.
[1, 2].push(3)

# IndexError on a string.
'abc'[-4]

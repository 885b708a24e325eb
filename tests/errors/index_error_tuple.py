# IndexError on a tuple.
t = ()
t[0]

# Uncaught StopIteration from next().
it = iter([])
next(it)

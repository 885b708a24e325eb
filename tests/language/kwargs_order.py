# **kwargs preserve the order of the call; keyword arguments by name.
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
print(f(**{'b': 1, 'a': 2}, c=3))
def g(a, b, /, c, *, d, **rest):
    return a, b, c, d, rest
print(g(1, 2, d=4, c=3, x=5, w=6))
print(g(*(1, 2), **{'c': 3, 'd': 4}))
def h(*args, sep='-', **kw):
    return sep.join(map(str, args)), kw
print(h(1, 2, 3), h(1, sep='+', end='!'))
print(dict(b=1, a=2), dict({'z': 0}, y=1))
def defaults(a, b=[], *, c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2))

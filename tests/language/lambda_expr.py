# lambda expressions.
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
print((lambda: 'no args')())
print(sorted([3, -1, 2], key=lambda v: abs(v)))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda: n for n in range(3)]
print([l() for l in late])
print(square.__name__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda x: (lambda y: x + y))(1)(2))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))

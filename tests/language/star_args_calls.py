# Star-args and double-star in calls and displays.
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, sorted(kw.items())
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2], *[3, 4]))
print(f(**{'a': 1, 'b': 2}))
print(f(1, **{'b': 2}, **{'x': 9}))
print(f(*'ab', d=1, **{'e': 2}))
print(f(*range(3), *range(2)))
print([*range(3), *'ab', 9])
print((*[1, 2], 3))
print({*[1, 2], *(2, 3)})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
first, *others = *[1, 2], *[3]
print(first, others)
print(*[1, 2, 3], sep='-')
def kwonly(*, x, y):
    return x + y
args = {'x': 1, 'y': 2}
print(kwonly(**args))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError', e)
print(max(*[3, 9, 2]), print(*[], end=''))

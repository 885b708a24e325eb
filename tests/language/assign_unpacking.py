# Tuple/list unpacking with starred targets.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = 'abcde'
print(h, mid, t)
x, *y = [1]
print(x, y)
p, (q, *r) = 1, (2, 3, 4)
print(p, q, r)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for n, *tail in [(1, 2, 3), (4,)]:
    print(n, tail)
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print('ValueError', ex)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print('ValueError', ex)
try:
    a, *b, c = [1]
except ValueError as ex:
    print('ValueError', ex)
try:
    a, b = 5
except TypeError as ex:
    print('TypeError', ex)
u = v = w, z = 7, 8
print(u, v, w, z)

# tuples.
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t[::-1], len(t), t.count(2), t.index(3))
print((), (1,), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)))
print((1, 2) + (3,), (1,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2), (1, (2, 3)) > (1, (2, 2)))
a, b = (1, 2)
print(a, b, 1 in t, 5 not in t)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    t.index(9)
except ValueError as e:
    print('ValueError', e)
try:
    (1, 2)[5]
except IndexError as e:
    print('IndexError', e)
nested = ([1], 2)
nested[0].append(3)
print(nested)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'ok'}[(1, 2)])
print(type((1)), type((1,)), repr((1,)), repr(((),)))
print(sorted((3, 1, 2)), max((1, 5)), sum((1, 2)))
try:
    (1,) + [2]
except TypeError as e:
    print('TypeError', e)

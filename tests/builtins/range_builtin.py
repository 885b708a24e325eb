# range objects.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3, 2)))
r = range(1, 20, 4)
print(r, repr(range(3)), range(0, 5, 1))
print(r[0], r[-1], r[1:3], r[::-1], len(r))
print(8 in r, 9 in r, r.index(13), r.count(5))
print(r.start, r.stop, r.step)
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 3) == range(1, 4))
print(list(range(10 ** 20, 10 ** 20 + 3)))
print(len(range(0, 10 ** 12, 7)))
print(sum(range(101)), max(range(7)), list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    range(3)[5]
except IndexError as e:
    print('IndexError', e)
try:
    r.index(2)
except ValueError as e:
    print('ValueError', e)
print(bool(range(0)), bool(range(1)))
print(type(iter(range(3))).__name__)

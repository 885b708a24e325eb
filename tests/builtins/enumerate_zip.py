# enumerate and zip.
print(list(enumerate('abc')))
print(list(enumerate('abc', 1)), list(enumerate('ab', start=-5)))
for i, (a, b) in enumerate(zip('xy', [1, 2])):
    print(i, a, b)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip(*[(1, 'a'), (2, 'b')])))
print(dict(zip('abc', range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(zip([1, 2], [3, 4], strict=True)))
e = enumerate([10, 20])
print(next(e), next(e), type(e).__name__)
z = zip(range(3), range(3))
print(next(z), list(z))
try:
    enumerate(5)
except TypeError as e:
    print('TypeError', e)
try:
    zip(1, 2)
except TypeError as e:
    print('TypeError', e)

# list slicing and slice assignment.
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[::3], l[::-1], l[8:2:-2], l[100:], l[-100:2])
l[2:5] = ['a', 'b']
print(l)
l[1:1] = [100, 200]
print(l)
l[:] = l[::-1]
print(l)
l[::2] = range(len(l[::2]))
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print('ValueError', e)
del l[::3]
print(l)
l[len(l):] = [7, 8]
print(l)
l[-2:] = []
print(l)
k = [1, 2, 3]
k[5:10] = [4]
print(k)
s = slice(1, 3)
print(k[s], s.start, s.stop, s.step, s.indices(10), slice(None, None, -1).indices(5))
print(slice(1, 2) == slice(1, 2), repr(slice(1, None, 'x')))
try:
    k['a']
except TypeError as e:
    print('TypeError', e)
try:
    k[10]
except IndexError as e:
    print('IndexError', e)
try:
    k[10] = 1
except IndexError as e:
    print('IndexError', e)

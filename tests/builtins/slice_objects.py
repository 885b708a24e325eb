# slice objects.
s = slice(5)
print(s, s.start, s.stop, s.step)
s = slice(1, 10, 2)
print(s, repr(s), s.indices(6), s.indices(100))
print(slice(-3, None).indices(10), slice(None, None, -2).indices(7), slice(10, -10, -3).indices(5))
data = list(range(10))
print(data[slice(2, 8, 3)], data[slice(None)], 'abcdef'[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Capture:
    def __getitem__(self, key):
        return key
c = Capture()
print(c[1:2], c[::3], c[:], c[1:2, 3], c[..., 1], c['k'])
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print('ValueError', e)
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
try:
    slice()
except TypeError as e:
    print('TypeError', e)

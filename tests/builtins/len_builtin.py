# len on every core type and on user classes.
print(len(''), len('abc'), len('日本'), len(b'ab'), len([1, 2]), len((1,)))
print(len({}), len({1: 2}), len(set()), len({1, 2, 2}), len(frozenset('aab')))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -2)))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, 3.5, None, len):
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print('ValueError', e)
class NotInt:
    def __len__(self):
        return 'x'
try:
    len(NotInt())
except TypeError as e:
    print('TypeError', e)

# id and hash: only deterministic properties.
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
x = 'interned?'
print(id(None) == id(None), id(True) == id(True))
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5), hash(float('inf')))
print(hash('abc') == hash('ab' + 'c'), hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(3) == hash(3.0) == hash(True * 3))
for v in ([1], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
class H:
    def __hash__(self):
        return 42
print(hash(H()))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError', e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()))
try:
    hash(([1], 2))
except TypeError as e:
    print('TypeError', e)
class Default:
    pass
o = Default()
print(hash(o) == hash(o))

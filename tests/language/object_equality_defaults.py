# Default equality is identity; __ne__ is derived from __eq__; __eq__ without __hash__ is unhashable.
class A:
    pass
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2, a1 is a1)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('E.__eq__ called')
        return isinstance(other, E) and self.v == other.v
print(E(1) == E(1), E(1) != E(2))
print(E.__hash__ is None)
class Rev:
    def __eq__(self, other):
        return 'Rev.__eq__'
print(5 == Rev(), Rev() == 5)
class NeOnly:
    def __ne__(self, other):
        return 'custom ne'
print(NeOnly() != 1, NeOnly() == NeOnly())
print([E(1)] == [E(1)])
x = A()
print([x] == [x], (x,) == (x,), x in [x], {x: 1}[x])
print(None == False, 0 == False, '' == False, [] == False, 1 == 1.0, 'a' == b'a')

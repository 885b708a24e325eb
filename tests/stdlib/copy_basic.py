# copy: shallow and deep copies, memo and cycles, __copy__/__deepcopy__, plain instances, slots.
import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'], d == a)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
print(copy.copy({1: 2}), copy.copy({1, 2}), copy.deepcopy(frozenset({1})), copy.copy(5), copy.copy('s'))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

p = Point([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.x is p.x, p3.x is p.x, type(p3).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('copy called')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('deepcopy called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
s1 = Slotted()
s2 = copy.deepcopy(s1)
print(s2.a, s2.a is s1.a, hasattr(s2, 'b'))

class WithState:
    def __init__(self):
        self.data = 1
    def __getstate__(self):
        return {'data': self.data * 10}
    def __setstate__(self, st):
        self.data = st['data'] + 1
print(copy.copy(WithState()).data)

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.copy(None), copy.deepcopy(range(3)))
print(copy.replace(__import__('collections').namedtuple('NT', 'a b')(1, 2), b=5))
print(copy.Error.__name__, issubclass(copy.error, Exception))

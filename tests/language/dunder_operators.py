# Operator overloading with dunder methods, including reflected operations.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V' + repr(self.c)
    def __add__(self, o):
        return V(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __bool__(self):
        return any(self.c)
    def __call__(self, k):
        return self.c[k]
    def __hash__(self):
        return hash(self.c)
v, w = V(1, 2), V(3, 4)
print(v + w, w - v, v * 3, 3 * v, -v, abs(w))
print(v == V(1, 2), v != w, v < w, w > v, len(v), v[1], v(0))
print(bool(V(0, 0)), bool(v), sorted([w, v]))
print(len({V(1, 2), V(1, 2)}))
class Num:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return f'radd({o})'
print(1 + Num(2))
try:
    Num(1) + Num(2)
except TypeError as e:
    print('TypeError', e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
print(Cmp(1) <= Cmp(2), Cmp(3) >= Cmp(2))
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print('TypeError', e)
class Container:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __getitem__(self, k):
        return self.d[k]
c = Container()
c['a'] = 1
c['b'] = 2
del c['a']
print(c.d, c['b'])

# Special methods found through the type attribute cache: changes after use must take effect.

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return V(self.v + other.v)
    def __repr__(self):
        return f"V({self.v})"
    def __len__(self):
        return 1

class W(V):
    pass

a, b = W(1), W(2)
for _ in range(3):
    print(a + b, len(a), repr(a))

V.__add__ = lambda self, other: V(self.v * 100 + other.v)
print(a + b)
W.__add__ = lambda self, other: "W add"
print(a + b)
del W.__add__
print(a + b)
del V.__add__
try:
    a + b
except TypeError as e:
    print("TypeError:", e)

V.__len__ = lambda self: 7
print(len(a))
V.__repr__ = lambda self: "patched repr"
print(repr(a), a)

# __getitem__ added later.
try:
    a[0]
except TypeError as e:
    print("TypeError:", e)
V.__getitem__ = lambda self, i: ("item", i)
print(a[0], b[5])

# __init__ changed after instances were created.
def init2(self, v):
    self.v = v * 2
V.__init__ = init2
print(W(5).v)
W.__init__ = lambda self, v: setattr(self, "v", -v)
print(W(5).v, V(5).v)

# __call__, __eq__, __hash__, __iter__, __contains__ added later.
class C:
    pass
c = C()
try:
    c()
except TypeError as e:
    print("TypeError:", e)
C.__call__ = lambda self, *a: ("called", a)
print(c(1, 2))
C.__eq__ = lambda self, o: True
print(c == 5, c != 5)
C.__hash__ = lambda self: 42
print(hash(c))
C.__iter__ = lambda self: iter([1, 2, 3])
print(list(c), 2 in c)
C.__contains__ = lambda self, x: x == "only"
print(2 in c, "only" in c)
C.__bool__ = lambda self: False
print(bool(c), not c)
del C.__bool__
print(bool(c))

# __getattr__ added to a class after misses were cached.
class G:
    pass
g = G()
for _ in range(3):
    print(hasattr(g, "missing"))
G.__getattr__ = lambda self, name: "fallback " + name
print(g.missing)
del G.__getattr__
print(hasattr(g, "missing"))

# Context managers and descriptors added later.
class CM:
    pass
CM.__enter__ = lambda self: "entered"
CM.__exit__ = lambda self, *a: print("exit", a[0])
with CM() as r:
    print(r)

class D:
    def __get__(self, obj, typ=None):
        return "D.get"
class H:
    attr = D()
print(H().attr)
D.__get__ = lambda self, obj, typ=None: "D.get patched"
print(H().attr)
D.__set__ = lambda self, obj, v: print("D.set", v)
h = H()
h.attr = 5
print(h.__dict__, h.attr)

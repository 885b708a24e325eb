class Vec:
    def __init__(self, *c): self.c = list(c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __delitem__(self, i): del self.c[i]
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __hash__(self): return hash(tuple(self.c))
    def __repr__(self): return f"Vec{tuple(self.c)}"
    def __iter__(self): return iter(self.c)
    def __reversed__(self): return reversed(self.c)
    def __bool__(self): return any(self.c)
    def __lt__(self, o): return self.c < o.c
    def __le__(self, o): return self.c <= o.c
v = Vec(1, 2, 3); v[0] = 9; del v[1]; print(v, len(v), v[::-1], list(reversed(v)), 3 in v, v == Vec(9, 3), {v: 1}[Vec(9, 3)], bool(Vec(0)))
print(Vec(1) > Vec(0), Vec(1) >= Vec(2), sorted([Vec(3), Vec(1)]), max(Vec(1), Vec(2)))
import functools
@functools.total_ordering
class Ver:
    def __init__(s, n): s.n = n
    def __eq__(s, o): return s.n == o.n
    def __lt__(s, o): return s.n < o.n
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(1) >= Ver(1))
class Num:
    def __init__(s, v): s.v = v
    def __add__(s, o): return Num(s.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(s): return f"Num({s.v})"
print(sum([Num(1), Num(2)]), 5 + Num(1), sum([Num(1)], Num(10)))
class Ctx:
    def __enter__(s): return s
    def __exit__(s, *a): print('exit args', a[0]); return False
try:
    with Ctx() as c, Ctx() as d:
        raise IndexError
except IndexError: print('propagated')
class It:
    def __init__(s): s.n = 0
    def __iter__(s): return s
    def __next__(s):
        s.n += 1
        if s.n > 3: raise StopIteration
        return s.n
print(list(It()), sum(It()), max(It()), [x for x in It() if x % 2], dict(zip(It(), 'abc')), list(enumerate(It())))
it = iter(It()); print(next(it), next(it), next(it), next(it, 'done'))
class Idx:
    def __index__(s): return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], range(5)[Idx()], bin(Idx()), [1, 2, 3, 4][Idx():], (1).__lshift__(Idx()))
class Attr:
    x = 1
    def __init__(s): s.y = 2
a = Attr(); print(a.__dict__, Attr.__dict__['x'], 'x' in dir(a), a.__class__.__name__, Attr.__name__, type(a).__qualname__)
del a.y; print(a.__dict__); a.__dict__['z'] = 3; print(a.z)
print(isinstance(Attr, type), type(Attr) is type, Attr.__bases__, Attr.__base__, object.__bases__, type.__bases__)
print(int.__mro__, bool.__mro__, issubclass(bool, object))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Singleton(1); s2 = Singleton(2); print(s1 is s2, s1.v)
class Str2:
    def __str__(s): return 'str!'
print(str(Str2()), f"{Str2()}", '%s' % Str2(), format(Str2()), repr(Str2())[:15])
class Pt:
    __slots__ = ('x', 'y')
    def __init__(s, x, y): s.x = x; s.y = y
    def __repr__(s): return f"Pt({s.x}, {s.y})"
p = Pt(1, 2); print(p, Pt.__slots__, hasattr(p, '__dict__'), Pt.x.__class__.__name__)
del p.x
try: p.x
except AttributeError as e: print(e)

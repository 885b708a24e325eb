# scoping, closures, class bodies, comprehensions
x = 'global'
class C:
    x = 'class'
    y = [x for _ in range(1)]
    def m(self): return x
print(C.y, C().m())
def f():
    v = []
    for i in range(3):
        v.append(lambda: i)
    return [g() for g in v]
print(f())
def counter():
    c = 0
    def inc():
        nonlocal c; c += 1; return c
    def get(): return c
    return inc, get
i, g = counter(); i(); i(); print(g())
def kw(*, a, b=2, **rest): return a, b, rest
print(kw(a=1, z=3), kw(**{'a': 5, 'b': 6}))
def defaults(a, l=[]):
    l.append(a); return l
print(defaults(1), defaults(2))
print((lambda: (yield))().__class__.__name__)
def deco(cls):
    cls.tag = 'decorated'; return cls
@deco
class D: pass
print(D.tag)
class Prop:
    def __init__(self): self._v = 0
    v = property(lambda s: s._v, lambda s, val: setattr(s, '_v', val), None, 'the v')
p = Prop(); p.v = 5; print(p.v, Prop.v.__doc__)
try:
    raise ValueError('a')
except (TypeError, ValueError) as e:
    print('multi', e)
try:
    e
except NameError as ne:
    print(ne)
def gen_with_return():
    x = yield 1
    return x * 2
gw = gen_with_return(); next(gw)
try: gw.send(21)
except StopIteration as s: print(s.value)
def outer():
    def inner(): return __class__
    return inner
class K:
    def m(self): return __class__
print(K().m().__name__)
print([(a, b) for a in range(3) for b in range(a)], {a: [b for b in range(a)] for a in range(3)})
print(list(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))))
g = (x * x for x in range(4)); print(list(g), list(g))
import operator
print(sorted([('a', 3), ('b', 1)], key=operator.itemgetter(1)), operator.attrgetter('real')(3), operator.add(1, 2))
print(globals().get('nope', 'missing'), callable(C.m), C.m.__name__, C.__dict__['m'].__qualname__)
print(type(C.__dict__).__name__, C.__dict__['x'])

# weakref: ref (callbacks, sharing, ==/hash), proxy, the weak containers, finalize, WeakMethod.
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"C({self.name})"
    def method(self):
        return self.name

c = C('a')
r = weakref.ref(c)
print(r() is c, weakref.getweakrefcount(c), r is weakref.ref(c))
events = []
r2 = weakref.ref(c, lambda wr: events.append(('cb', wr is r2, wr())))
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
print(r == weakref.ref(c), hash(r) == hash(c), r2.__callback__ is not None)
del c
print(r(), events, r2.__callback__)
for obj in [1, 'x', (1,), [1], {}, None, 1.5, b'x']:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)
class S:
    __slots__ = ('a',)
class SW:
    __slots__ = ('a', '__weakref__')
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
print(weakref.ref(SW())() is None)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(C)() is C, weakref.ref(int)() is int)
print(weakref.ref(set())() , weakref.ref(frozenset([1]))())
s = {1, 2}
print(weakref.ref(s)() == {1, 2})
# proxy
c = C('p')
p = weakref.proxy(c)
print(p.name, p.method(), repr(p.name))
p.extra = 5
print(c.extra, type(p) is weakref.ProxyType)
del c
try:
    p.name
except ReferenceError as e:
    print('ReferenceError:', e)
cp = weakref.proxy(f)
print(type(cp) is weakref.CallableProxyType, cp())
# WeakValueDictionary
d = weakref.WeakValueDictionary()
a, b = C('a'), C('b')
d['a'] = a; d['b'] = b
print(sorted(d.keys()), len(d), 'a' in d)
del a
print(sorted(d.keys()), len(d), 'a' in d, d.get('a', 'gone'))
# WeakKeyDictionary
k = weakref.WeakKeyDictionary()
x, y = C('x'), C('y')
k[x] = 1; k[y] = 2
print(len(k), k[x], x in k)
del y
print(len(k), list(k.values()))
# WeakSet
ws = weakref.WeakSet()
m, n = C('m'), C('n')
ws.add(m); ws.add(n)
print(len(ws), m in ws)
del m
print(len(ws), [o.name for o in ws])
# finalize
obj = C('fin')
fz = weakref.finalize(obj, print, 'finalized', 'obj')
print(fz.alive)
del obj
print(fz.alive)
obj2 = C('fin2')
fz2 = weakref.finalize(obj2, print, 'at exit')
# WeakMethod
o = C('wm')
wm = weakref.WeakMethod(o.method)
print(wm()())
del o
print(wm())
# ref to a dead object: hash
c3 = C('h')
r3 = weakref.ref(c3)
del c3
try:
    hash(r3)
except TypeError as e:
    print(e)
print(r3() is None, r3 == r3)

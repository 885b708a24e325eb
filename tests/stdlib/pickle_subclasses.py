# pickle: subclasses of the built-in types (with instance attributes), __slots__ with __dict__,
# falsy __getstate__ results, instances without state; bytes as CPython writes them.
import pickle, collections
class S(set): pass
class F(frozenset): pass
class I(int): pass
class St(str): pass
class B(bytes): pass
class BA(bytearray): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class Fl(float): pass
class C(complex): pass
class Both:
    __slots__ = ('a', '__dict__')
class Empty: pass
class GS:
    def __getstate__(self): return {}
class GSF:
    def __getstate__(self): return False
    def __setstate__(self, s): self.s = s
class NoDict:
    __slots__ = ()
def mk():
    s = S([1]); s.x = 1
    i = I(5); i.y = 2
    st = St('q')
    b = Both(); b.a = 1; b.c = 2
    l = L([1]); l.z = 3
    return [s, F([2]), i, st, B(b'b'), BA(b'ba'), T((1,)), l, D(a=1), Fl(1.5), C(1j), b, Empty(), GS(), GSF(), NoDict(), object()]
for o in mk():
    for p in range(6):
        try:
            d = pickle.dumps(o, p)
            r = pickle.loads(d)
            print(type(o).__name__, p, d, type(r).__name__, getattr(r, '__dict__', None))
        except Exception as e:
            print(type(o).__name__, p, 'ERR', type(e).__name__, e)

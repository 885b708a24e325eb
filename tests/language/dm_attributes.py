class G:
    def __getattr__(s, n): return 'ga:' + n
g = G(); g.x = 1
print(g.x, g.y)
class GA:
    def __getattribute__(s, n):
        if n == 'z': raise AttributeError(n)
        return 'gat:' + n
    def __getattr__(s, n): return 'fallback:' + n
print(GA().a, GA().z)
class S:
    def __setattr__(s, n, v): print('set', n, v); super().__setattr__(n, v)
    def __delattr__(s, n): print('del', n); super().__delattr__(n)
s = S(); s.a = 1; del s.a
try: s.a
except AttributeError as e: print(e)
class D:
    def __get__(s, o, t=None): return ('get', o is None, t.__name__)
    def __set__(s, o, v): print('dset', v)
    def __delete__(s, o): print('ddel')
    def __set_name__(s, owner, name): print('set_name', owner.__name__, name)
class U:
    d = D()
u = U(); print(u.d, U.d); u.d = 5; del u.d
class P:
    def __init__(s): s._x = 0
    @property
    def x(s): "doc of x"; return s._x
    @x.setter
    def x(s, v): s._x = v * 2
    @x.deleter
    def x(s): print('deleting')
p = P(); p.x = 4; print(p.x, P.x.__doc__); del p.x
class RO:
    @property
    def y(s): return 1
try: RO().y = 2
except AttributeError as e: print(e)
class SL:
    __slots__ = ('a', 'b')
sl = SL(); sl.a = 1
try: sl.c = 1
except AttributeError as e: print(e)
try: sl.b
except AttributeError as e: print(e)
print(hasattr(sl, '__dict__'), SL.a)
class M(type):
    def __new__(m, name, bases, ns, **kw):
        print('M.new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('M.init', name); super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print('M.call', a); return super().__call__(*a)
class K(metaclass=M, flag=1):
    def f(s): pass
k = K()
print(type(K).__name__, type(k).__name__, K.__mro__)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag; print('init_subclass', cls.__name__, tag)
class Sub(Base, tag='t'): pass
print(Sub.tag)
class CG:
    def __class_getitem__(cls, item): return f"CG[{item}]"
print(CG[int], list[int], dict[str, int])
X = type('X', (object,), {'a': 1, 'f': lambda s: 42})
print(X.__name__, X().a, X().f(), X.__qualname__, X.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.__doc__, Outer.__module__)
class Doc:
    "docstring"
print(Doc.__doc__, Doc().__class__ is Doc, sorted(Doc().__dict__), 'Doc' in repr(Doc))
class CM:
    n = 0
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(x): return x * 2
print(CM.c(), CM().c(), CM.s(3), CM().s(4))
o = CM(); o.n = 5; print(o.n, CM.n, vars(o))
print(getattr(o, 'zz', 'dflt'))
try: getattr(o, 'zz')
except AttributeError as e: print(e)
try: CM.zz
except AttributeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
class Z:
    def m(self): return super().__repr__()[:9]
print(Z().m())
class A1:
    def who(self): return 'A1'
class B1(A1):
    def who(self): return 'B1>' + super().who()
class C1(A1):
    def who(self): return 'C1>' + super().who()
class D1(B1, C1):
    def who(self): return 'D1>' + super().who()
print(D1().who(), [c.__name__ for c in D1.__mro__])
try:
    class Bad(A1, B1): pass
except TypeError as e: print(e)

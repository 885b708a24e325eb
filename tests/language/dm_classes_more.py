class S:
    def __getitem__(self, k): return k
s = S(); print(s[1:2], s[::3], s[1:2, 3], s[...], s[:, None], s['a'])
class A:
    @classmethod
    def make(cls): return cls.__name__
    def __init_subclass__(cls, **kw): cls.kw = kw
class B(A, x=1):
    @classmethod
    def make(cls): return 'B>' + super().make()
print(B.make(), B.kw)
class Base:
    def __init__(self): self.log = ['base']
class Mixin:
    def __init__(self): super().__init__(); self.log.append('mixin')
class Final(Mixin, Base):
    def __init__(self): super().__init__(); self.log.append('final')
print(Final().log)
class Dyn: pass
Dyn.method = lambda self: 'dyn'
print(Dyn().method(), hasattr(Dyn, 'method'))
setattr(Dyn, 'z', 5); print(Dyn.z, getattr(Dyn(), 'z')); delattr(Dyn, 'z'); print(hasattr(Dyn, 'z'))
class WithDel:
    def __del__(self): print('del called')
w = WithDel(); del w
print('after del')
class Eq:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v if isinstance(o, Eq) else NotImplemented
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) == 1, Eq(1) in [Eq(1)], [Eq(1)].count(Eq(1)), [Eq(2)].index(Eq(2)))
print(Eq.__hash__ is None)
class Ord:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return f'O{s.v}'
print(sorted([Ord(3), Ord(1), Ord(2)]), min(Ord(3), Ord(1)), Ord(1) > Ord(0))
try: Ord(1) <= Ord(2)
except TypeError as e: print(e)
print(type('N', (int,), {})(5) + 1, type(type('N', (), {})), type('M', (dict,), {'__missing__': lambda s, k: 0})()['q'])
class Cls:
    attr = 1
    def __repr__(self): return 'Cls()'
print(vars(Cls)['attr'], Cls.__dict__.get('attr'), [k for k in vars(Cls) if not k.startswith('__')])
try: vars(1)
except TypeError as e: print(e)
import types
ns = types.SimpleNamespace(a=1, b=2); print(ns, ns.a)
print(type(len), type(Cls.__repr__), type(Cls().__repr__), type(int.__add__), type((1).__add__), type(str.join))
print(Cls.__repr__.__name__, Cls().__repr__.__self__, int.__add__.__name__, int.__add__.__objclass__)

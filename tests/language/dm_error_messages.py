import sys
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n: yield n.v; n = n.nxt
print(list(Node(1, Node(2, Node(3)))))
class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    @property
    def answer(cls): return 42
class W(metaclass=Meta): pass
print(W, W.answer, repr(W))
class Reg(type):
    registry = []
    def __init__(cls, *a): super().__init__(*a); Reg.registry.append(cls.__name__)
class Q(metaclass=Reg): pass
class Q2(Q): pass
print(Reg.registry)
class SN:
    def __set_name__(self, o, n): self.n = n
    def __get__(self, obj, t): return self if obj is None else obj.__dict__.get(self.n, 'unset')
    def __set__(self, obj, v): obj.__dict__[self.n] = v * 10
class HasSN:
    a = SN(); b = SN()
h = HasSN(); h.a = 1; print(h.a, h.b, HasSN.a.n)
print(sorted(HasSN.__dict__.keys() - object.__dict__.keys()))
try: print(int.__dict__['bit_length'])
except Exception as e: print(type(e))
print(object.__subclasshook__ is not None, type.__call__ is not None)
class P:
    __slots__ = ('x',)
    def __init__(s): s.x = 1
class PC(P): pass
pc = PC(); pc.y = 2; print(pc.x, pc.y, P.__slots__)
print(str.join.__name__, str.__dict__['join'].__qualname__ if 'join' in str.__dict__ else None)
class E(Exception):
    def __str__(self): return 'custom'
try: raise E(1)
except E as e: print(e, repr(e), e.args)
try:
    try: raise ValueError(1)
    finally: print('f')
except ValueError as e: print('v', e)
def gen():
    try: yield 1
    finally: print('gen fin')
for x in gen(): break
print('after break')
import gc
print(type(sys.exc_info()), sys.exc_info())
x = [1, 2, 3]
x[1:2] = [7, 8, 9]; print(x); x[::-1] = x[:]; print(x)
print([1, 2, 3] * 2, [[0] * 2] * 2, (1,) * 3, 'ab' * 0)
try: x[10] = 1
except IndexError as e: print(e)
try: x.remove(100)
except ValueError as e: print(e)
try: ().index(1)
except ValueError as e: print(e)
try: 'abc'.index('z')
except ValueError as e: print(e)
try: {1}.remove(2)
except KeyError as e: print(repr(e))
try: [].pop()
except IndexError as e: print(e)
try: {}.popitem()
except KeyError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
try: next([])
except TypeError as e: print(e)
try: 'a' * 'b'
except TypeError as e: print(e)
try: int(None)
except TypeError as e: print(e)
try: sum(['a'])
except TypeError as e: print(e)
try: sorted([1, 'a'])
except TypeError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1]
except ValueError as e: print(e)
try: print(undefined_name)
except NameError as e: print(e)
def uf():
    print(loc); loc = 1
try: uf()
except UnboundLocalError as e: print(e)
try: import nonexistent_mod
except ImportError as e: print(type(e).__name__, e)
try: raise TypeError
except TypeError as e: print(repr(e), str(e) == '')
try: dict(a=1)['b']
except LookupError as e: print('lookup', e)
try: chr(-1)
except ValueError as e: print(e)
try: range(1, 2, 0)
except ValueError as e: print(e)
try: [].sort(key=1)
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
try: f = lambda: 0; f(1)
except TypeError as e: print(e)
class NoInit: pass
try: NoInit(1)
except TypeError as e: print(e)
class Abs:
    def m(self): pass
try: Abs.m()
except TypeError as e: print(e)
try: (1).x = 2
except AttributeError as e: print(e)
try: del [].append
except AttributeError as e: print(e)
print(getattr(1, 'real'), 1 .__class__.__name__, type(1).__mro__)

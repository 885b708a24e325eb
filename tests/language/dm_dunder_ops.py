class V:
    def __init__(s, x): s.x = x
    def __repr__(s): return f"V({s.x})"
    def __add__(s, o): return V(s.x + o.x) if isinstance(o, V) else NotImplemented
    def __radd__(s, o): return V(o + s.x)
    def __iadd__(s, o): s.x += 100; return s
    def __matmul__(s, o): return s.x * o.x
    def __rmatmul__(s, o): return 'rmat'
    def __floordiv__(s, o): return 'fd'
    def __rfloordiv__(s, o): return 'rfd'
    def __mod__(s, o): return 'mod'
    def __rpow__(s, o): return 'rpow'
    def __pow__(s, o, m=None): return ('pow', m)
    def __neg__(s): return 'neg'
    def __pos__(s): return 'pos'
    def __invert__(s): return 'inv'
    def __abs__(s): return 'abs'
    def __lshift__(s, o): return 'lsh'
    def __rrshift__(s, o): return 'rrsh'
    def __and__(s, o): return 'and'
    def __ror__(s, o): return 'ror'
    def __xor__(s, o): return 'xor'
    def __divmod__(s, o): return 'dm'
    def __rdivmod__(s, o): return 'rdm'
    def __index__(s): return s.x
    def __bool__(s): return s.x != 0
    def __len__(s): return 5
print(V(1) + V(2), 3 + V(4), V(1) @ V(2), 1 @ V(3), V(1) // 2, 2 // V(1), V(1) % 3, 2 ** V(1), pow(V(1), 2, 5))
print(-V(1), +V(1), ~V(1), abs(V(1)), V(1) << 2, 2 >> V(1), V(1) & 1, 1 | V(1), V(1) ^ 1, divmod(V(1), 2), divmod(2, V(1)))
v = V(1); v += V(2); print(v)
print(bool(V(0)), len(V(0)), [1,2,3,4][V(2)], hex(V(255)), bin(V(3)), oct(V(8)), range(10)[V(3)])
try: V(1) - V(2)
except TypeError as e: print(e)
try: V(1) < V(2)
except TypeError as e: print(e)
try: 1 + 'a'
except TypeError as e: print(e)
try: 'a' + 1
except TypeError as e: print(e)
try: [] * 'a'
except TypeError as e: print(e)
try: -'a'
except TypeError as e: print(e)
try: ~1.5
except TypeError as e: print(e)
class A:
    def __eq__(s, o): print('A.eq'); return NotImplemented
    def __lt__(s, o): print('A.lt'); return NotImplemented
class B(A):
    def __eq__(s, o): print('B.eq'); return NotImplemented
    def __gt__(s, o): print('B.gt'); return True
print(A() == B(), A() < B(), A() != A())
class H:
    def __eq__(s, o): return True
try: hash(H())
except TypeError as e: print(e)
print(H.__hash__)
class H2(H):
    __hash__ = object.__hash__
print(type(hash(H2())))
class Seq:
    def __getitem__(s, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1,2])), iter(Seq()).__class__.__name__)
class R:
    def __len__(s): return 3
    def __getitem__(s, i): return i
print(list(reversed(R())))
class Cnt:
    def __contains__(s, x): return x == 5
print(5 in Cnt(), 4 in Cnt(), 4 not in Cnt())
class Call:
    def __call__(s, *a, **k): return a, k
print(Call()(1, b=2), callable(Call()), callable(Call))
class Fmt:
    def __format__(s, spec): return 'F<' + spec + '>'
    def __str__(s): return 'STR'
    def __repr__(s): return 'REPR'
print(f"{Fmt():abc} {Fmt()!r} {Fmt()!s}", format(Fmt(), 'x'), str(Fmt()), [Fmt()])
try: format(object(), 'x')
except TypeError as e: print(e)
class I:
    def __int__(s): return 7
    def __float__(s): return 2.5
print(int(I()), float(I()))
try: [][I()]
except TypeError as e: print(e)

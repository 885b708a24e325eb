class MyInt(int):
    def __repr__(s): return f"MyInt({int(s)})"
a = MyInt(5); print(a, a + 1, type(a + 1).__name__, a * 2, isinstance(a, int), MyInt('12', 3))
class MyStr(str):
    def shout(s): return s.upper() + '!'
m = MyStr('hi'); print(m.shout(), m + 'x', type(m + 'x').__name__, len(m), m == 'hi', {m: 1}['hi'])
class MyList(list):
    def append(s, x): super().append(x * 2)
l = MyList([1, 2]); l.append(3); print(l, len(l), type(l[:1]).__name__, l + [1], repr(l))
class DD(dict):
    def __missing__(s, k): return k * 2
d = DD(a=1); print(d['a'], d['bb'], d.get('cc'), d)
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
t = MyTuple(1, 2); print(t, len(t), type(t).__name__)
class MyErr(Exception):
    def __init__(s, code, msg): super().__init__(msg); s.code = code
try: raise MyErr(3, 'bad')
except MyErr as e: print(e, e.code, e.args, repr(e))
class E2(ValueError): pass
try: raise E2('x', 1)
except ValueError as e: print(e, repr(e), type(e).__mro__[1].__name__)
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')))
e = OSError(2, 'No such file'); print(e.errno, e.strerror, e, type(e).__name__)
print(FileNotFoundError.__mro__)
print(StopIteration(5).value, repr(Exception()), str(Exception(1, 2)), BaseException.__subclasses__()[:0])
print(issubclass(KeyboardInterrupt, Exception), issubclass(ZeroDivisionError, ArithmeticError))
class Counter(dict):
    def __init__(s, it): super().__init__(); [s.__setitem__(x, s.get(x, 0) + 1) for x in it]
print(sorted(Counter('abracadabra').items()))
class Fl(float): pass
print(Fl(1.5) + 1, Fl('2.5'), repr(Fl(3)))
class B(int): pass
print(B(3) == 3, hash(B(3)) == hash(3), bool(B(0)))

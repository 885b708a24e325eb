x = 10
def outer():
    x = 1
    def inner():
        global x
        x += 1
        return x
    return inner()
print(outer(), x)
print(type(None), type(type), type(print), type(len).__name__, type([].append).__name__, type(lambda: 0).__name__)
print(repr(int), repr(object), str(ValueError), repr(...), repr(NotImplemented), None.__class__)
def f(a, /, b, *args, c=3, **kw): return (a, b, args, c, kw)
print(f(1, 2, 3, 4, c=5, d=6), f(1, b=2))
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__qualname__)
class T:
    def m(self): pass
print(T.m.__qualname__, T().m.__func__ is T.m, T().m.__self__.__class__.__name__)
import sys
print(sys.maxsize, sys.version_info[0], sys.getrecursionlimit() > 0, type(sys.argv).__name__)
l = [1, 2, 3]; l2 = l; l2 += [4]; print(l, l is l2)
t = (1, 2); t2 = t; t2 += (3,); print(t, t2)
s = 'abc'; print(s * 2, s[::-1], s[1:], s[-1], 'b' in s, s.upper().lower(), ord('a'), chr(0x263A), ascii('é'), repr('a\nb\'"'))
print(list(range(10))[::3], list(range(10, 0, -3)), 'hello'[1:-1:2])
print(bool([]), bool(''), bool(0.0), bool(None), bool([0]), not 0, 1 and 2, 0 or 'x', None or [] or 0)
print(1 < 2 < 3, 1 < 3 < 2, 'a' < 'b', [1, 2] < [1, 3], (1, 'a') < (1, 'b'), {1} < {1, 2})
try: [1] < 'a'
except TypeError as e: print(e)
try: {} < {}
except TypeError as e: print(e)
d = {'b': 1, 'a': 2}; print(d, sorted(d), list(d.items()), d == {'a': 2, 'b': 1}, repr(d.keys()), d.values())
del d['b']; print(d, len(d), 'a' in d)
print(id(1) == id(1), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)))
try: hash([1])
except TypeError as e: print(e)
try: {[1]: 2}
except TypeError as e: print(e)
print(globals()['x'], 'f' in dir(), locals() is globals())
while True:
    break
else:
    print('no')
for i in range(2):
    pass
else:
    print('for-else', i)
print(eval('x + 1', {'x': 5}), eval('y', {}, {'y': 3}))
g = {}; exec('def h(): return 42', g); print(g['h']())
assert True
try: assert 1 == 2, 'msg'
except AssertionError as e: print('assert', e)
print(str(b'abc'), bytes('é', 'utf-8'), 'é'.encode('latin-1'), b'\xc3\xa9'.decode('utf-8'))
try: b'\xff'.decode()
except UnicodeDecodeError as e: print(e)
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=lambda t: t[1]))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4])), any([0, 1]), all([]), next(iter([]), 'd'))
it = iter(range(3)); print(next(it), list(it))
print(isinstance(3, (str, int)), issubclass(bool, (int,)), callable(len))
print(divmod(10**20, 3), abs(-10**20), 10**20 / 3)
print("%(a)s-%(b)d" % {'a': 'x', 'b': 2}, '%.3s' % 'abcdef', '%5s|%-5s|' % ('a', 'b'), '%#x %#o' % (255, 8))
print('{0}{1}{0}'.format('a', 'b'), '{x}'.format(x=1), '{:{w}}|'.format('a', w=4), '{0[1]} {1.real}'.format([1, 2], 3), '{!r:>6}'.format('a'))

from functools import reduce
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name; Shape.count += 1
    def area(self): raise NotImplementedError
    def __repr__(self): return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"
    def __lt__(self, other): return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r): super().__init__('circle'); self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h): super().__init__('rect'); self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s); self.name = 'square'
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes): print(s)
print(max(shapes), min(shapes, key=lambda s: s.name), Shape.count)
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter(); print(c(), c(5), c())
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
def hanoi(n, a, b, c, moves):
    if n == 0: return
    hanoi(n - 1, a, c, b, moves); moves.append((a, c)); hanoi(n - 1, b, a, c, moves)
m = []; hanoi(4, 'A', 'B', 'C', m); print(len(m), m[:5])
def perms(s):
    if len(s) <= 1: return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms('abc'))
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for w in text.split(): freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(' '.join(w[::-1] for w in text.split()[:4]), text.title()[:20], text.count('the'))
data = [('bob', 25, 3.5), ('alice', 30, 3.9), ('carol', 25, 3.7), ('dave', 30, 3.1)]
for row in sorted(data, key=lambda r: (r[1], -r[2])): print('%-6s %3d %.1f' % row)
print(reduce(lambda a, b: a * b, range(1, 11)), list(map(str.upper, 'abc')), list(filter(None, [0, 1, '', 'x'])))
print(list(zip('abc', range(3), strict=True)), dict(zip('ab', 'xy')), list(enumerate('xy', 1)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[x * y for x in range(1, 4)] for y in range(1, 3)])
print({k: v for k, v in zip('abc', range(3)) if v}, {x % 3 for x in range(10)})
def memo(f):
    cache = {}
    def w(n):
        if n not in cache: cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__)
import functools
@functools.lru_cache(maxsize=None)
def f2(n): return n if n < 2 else f2(n - 1) + f2(n - 2)
print(f2(50))
def deco(tag):
    def d(fn):
        @functools.wraps(fn)
        def w(*a, **k): return f"<{tag}>{fn(*a, **k)}</{tag}>"
        return w
    return d
@deco('b')
def hello(name): "greets"; return 'hi ' + name
print(hello('x'), hello.__name__, hello.__doc__)
print(*range(3), sep='-', end='!\n')
a, *b, c = range(6); print(a, b, c)
(x, y), z = (1, 2), 3; print(x, y, z)
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), type(shapes[0]) is Circle, Square.__bases__, Square.__mro__[-1])

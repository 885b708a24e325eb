# functools: reduce, partial, partialmethod, wraps, lru_cache, cache, cached_property,
# total_ordering, cmp_to_key, singledispatch.
import functools
from functools import (reduce, partial, partialmethod, wraps, update_wrapper, lru_cache, cache,
                       cached_property, total_ordering, cmp_to_key, singledispatch, WRAPPER_ASSIGNMENTS)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 7))
for bad in [lambda: reduce(operator.add, []), lambda: reduce(operator.add), lambda: reduce(1, [1, 2])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)

p = partial(f, 1, d=5)
print(p(2), p(2, 3, d=6), p.func is f, p.args, p.keywords)
pp = partial(p, 9)
print(pp(), pp.args, pp.func is f)
print(repr(partial(max, 1, key=abs)))
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)
basetwo = partial(int, base=2)
print(basetwo('1011'), type(p).__name__, isinstance(p, partial))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
c = Cell()
c.set_alive()
print(c.alive)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner

@deco
def greet(name):
    """Say hello."""
    return 'hi ' + name
print(greet('bob'), greet.__name__, greet.__doc__, greet.__wrapped__('x'), greet.__qualname__)
print(WRAPPER_ASSIGNMENTS)

def wrapper2(): pass
def wrapped2(): 'doc2'
wrapped2.extra = 5
update_wrapper(wrapper2, wrapped2)
print(wrapper2.__name__, wrapper2.__doc__, wrapper2.extra)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(i) for i in [1, 2, 1, 3, 1, 2]], calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize)

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident.cache_info())

@lru_cache(maxsize=0)
def zero(x):
    return x
print(zero(1), zero(1), zero.cache_info())
try:
    lru_cache('a')
except TypeError as e:
    print('TypeError', e)

class Data:
    def __init__(self, n):
        self.n = n
        self.count = 0
    @cached_property
    def total(self):
        self.count += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.count, 'total' in d.__dict__)
del d.total
print(d.total, d.count)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(3), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print('ValueError', e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda a, b: cmp(b, a))))

@singledispatch
def describe(x):
    return 'object'
@describe.register(int)
def _(x):
    return 'int'
@describe.register
def _(x: list):
    return 'list'
describe.register(float, lambda x: 'float')
print(describe(1), describe(True), describe([1]), describe(1.5), describe('s'), describe.dispatch(bool).__name__)
try:
    describe()
except TypeError as e:
    print('TypeError', e)

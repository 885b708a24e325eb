# Nested function definitions, defaults evaluated at definition time.
import sys
def outer(n):
    def helper(k):
        return k * n
    return [helper(i) for i in range(3)]
print(outer(5))
count = 0
def default_time(x=count):
    return x
count = 100
print(default_time())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def deco_with_state():
    calls = []
    def record(f):
        def inner(*a):
            calls.append(f.__name__)
            return f(*a)
        return inner
    @record
    def one():
        return 1
    @record
    def two():
        return 2
    one(); two(); one()
    return calls
print(deco_with_state())
def redefine():
    def f():
        return 'first'
    r1 = f()
    def f():
        return 'second'
    return r1, f()
print(redefine())
def gen_in_func():
    def g():
        yield from range(3)
    return list(g())
print(gen_in_func())
def attributes():
    pass
attributes.custom = 'function attribute'
print(attributes.custom, attributes.__dict__)

# Generators: yield, next, StopIteration, return values, state.
def count_up(n):
    print('start')
    i = 0
    while i < n:
        yield i
        i += 1
    print('end')
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(count_up(4)))
def with_return():
    yield 1
    return 'done'
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return value:', e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
for v in gen_finally():
    print('got', v)
print(sum(x * x for x in range(10)))
def empty():
    return
    yield
print(list(empty()))
gen = (c.upper() for c in 'abc')
print(next(gen), list(gen), list(gen))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for x in infinite():
    if x > 3:
        break
print('stopped at', x)

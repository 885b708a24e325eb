def g():
    try:
        x = yield 1
        print('got', x)
        y = yield 2
        print('got', y)
    except ValueError as e:
        print('caught', e)
        yield 99
    finally:
        print('fin')
    return 'done'
it = g(); print(next(it), it.send('a'), it.throw(ValueError('v')))
try: next(it)
except StopIteration as e: print('stop', e.value)
it = g(); next(it); it.close(); print('closed')
def d():
    r = yield from g()
    print('r', r)
    yield 'end'
print(list(d()))
def bad():
    raise StopIteration
    yield
try: list(bad())
except RuntimeError as e: print(type(e).__name__, e, type(e.__cause__).__name__)
def ge():
    try: yield 1
    except GeneratorExit: print('GE'); raise
x = ge(); next(x); del x
def ig():
    try: yield 1
    except GeneratorExit: yield 2
x = ig(); next(x)
try: x.close()
except RuntimeError as e: print(e)
print(sum(i * i for i in range(5)), list(i for i in 'ab' if i != 'a'))
gg = (i for i in range(3)); print(next(gg), list(gg), list(gg))
def counter():
    n = 0
    while True:
        n += yield n
c = counter(); next(c); print(c.send(5), c.send(2))
try: c.send(None) ; g2 = g(); g2.send(1)
except TypeError as e: print(e)
def fib():
    a, b = 0, 1
    while True:
        yield a; a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(g.__name__, type(g()).__name__, hasattr(g(), 'gi_frame'))
def thrower():
    yield 1
t = thrower(); 
try: t.throw(KeyError('k'))
except KeyError as e: print('ke', e)
print(next(t, 'exh'))
def ret(): 
    return 5
    yield
try: next(ret())
except StopIteration as e: print(e.value, e.args)

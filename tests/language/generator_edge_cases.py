# Generator edge cases: StopIteration inside a generator (PEP 479), close/throw return values,
# re-entrancy, and generators closed while suspended in try/finally.
def leaks_stop():
    yield 1
    raise StopIteration('inside')
try:
    list(leaks_stop())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def next_on_empty():
    yield next(iter([]))
try:
    list(next_on_empty())
except RuntimeError as e:
    print('RuntimeError', e)
def returns_on_close():
    try:
        yield 1
    finally:
        print('finally on close')
g = returns_on_close()
next(g)
print(g.close())
print(g.close())
def handles_throw():
    try:
        yield 'first'
    except KeyError:
        yield 'recovered'
    yield 'after'
g = handles_throw()
print(next(g), g.throw(KeyError('k')), next(g))
def unstarted():
    yield 1
g = unstarted()
try:
    g.throw(ValueError('into unstarted'))
except ValueError as e:
    print('ValueError', e)
print(list(g))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
def sub():
    yield 1
    return 'sub result'
def delegator():
    r = yield from sub()
    yield r
print(list(delegator()))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send('reset'), next(c))
g = (i for i in range(3))
print(list(g), next(g, 'exhausted'))

# send, throw, close and yield from.
def echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g))
print(g.send('hello'))
print(g.send(42))
try:
    g.send('stop')
except StopIteration as e:
    print('StopIteration', e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
def inner():
    x = yield 'inner1'
    print('inner got', x)
    yield 'inner2'
    return 'inner result'
def outer():
    result = yield from inner()
    print('outer got', result)
    yield from [10, 20]
    yield from range(2)
o = outer()
print(next(o))
print(o.send('sent to inner'))
print(list(o))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught in gen', e)
c = catcher()
next(c)
c.throw(ValueError('thrown'))
c.close()
print('closed')
def closing():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
cl = closing()
next(cl)
cl.close()
try:
    g2 = echo()
    g2.send('x')
except TypeError as e:
    print('TypeError', e)
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], (3,))))

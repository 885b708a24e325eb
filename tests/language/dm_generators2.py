def g():
    try:
        yield 1
    except GeneratorExit:
        return 'closed-value'
x = g(); next(x); print(x.close())
def g2():
    yield 1
    yield 2
y = g2(); print(y.gi_running, y.gi_frame is not None, next(y)); y.close(); print(y.gi_frame, list(y))
def g3():
    try:
        yield
    finally:
        print('finally in g3')
z = g3(); next(z); z = None
print('after z')
def deleg():
    try:
        yield from g2()
    except ValueError as e:
        yield 'caught ' + str(e)
d = deleg(); next(d); print(d.throw(ValueError('inner')))
def sub():
    x = yield 'sub1'
    print('sub got', x)
    return 'subret'
def top():
    r = yield from sub()
    print('top got', r)
t = top(); print(next(t)); 
try: t.send('hello')
except StopIteration: print('done')
def genexp_scope():
    n = 3
    return list(x * n for x in range(n))
print(genexp_scope())
def throw_tb():
    yield 1
tt = throw_tb(); next(tt)
try: tt.throw(TypeError('t'))
except TypeError as e: print('thrown', e, tt.gi_frame)
def running():
    print(r.gi_running)
    yield
r = running(); next(r)
def recur():
    yield next(rr)
rr = recur()
try: next(rr)
except ValueError as e: print(e)

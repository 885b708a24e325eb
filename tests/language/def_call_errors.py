# Errors from calls with wrong arguments.
def f(a, b, c=3):
    pass
def g(a, /, b, *, c):
    pass
def h(*args, k):
    pass
def run(call):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
run(lambda: f())
run(lambda: f(1))
run(lambda: f(1, 2, 3, 4))
run(lambda: f(1, 2, d=4))
run(lambda: f(1, 2, a=1))
run(lambda: g(a=1, b=2, c=3))
run(lambda: g(1, 2, 3))
run(lambda: g(1, 2))
run(lambda: h(1, 2))
run(lambda: (lambda: 0)(1))
run(lambda: (lambda x: 0)())
run(lambda: f(*[1], **{'b': 2, 'c': 3, 'x': 4}))
run(lambda: f(1, **{'a': 1, 'b': 2}))
def noargs():
    pass
run(lambda: noargs(1, 2))
run(lambda: noargs(x=1))

# Markers for decorators, class bodies, with, calls with */**, comparisons, subscripts, ...
import traceback
def call(fn, *a):
    try:
        fn(*a)
    except Exception:
        print(traceback.format_exc().replace(__file__, "F"))
def deco(f):
    raise ValueError('deco')
def b1():
    @deco
    def inner(): pass
call(b1)
def b2():
    class K:
        x = 1 / 0
call(b2)
def b3():
    with None:
        pass
call(b3)
def b4():
    return 1 < 2 < 'a'
call(b4)
def b5():
    return f(*None)
call(b5)
def b6():
    return dict(**None)
call(b6)
def b7():
    return sum(x for x in [1, 'a'])
call(b7)
def b8():
    x = [1, 2]
    return x[0:1:0]
call(b8)
def b9():
    return (1).foo
call(b9)
def b10():
    a = 'x'
    return a.upper().lower().nope()
call(b10)
def b11():
    return not {}['k']
call(b11)
def b12():
    x = [1]
    return -x
call(b12)
def b14():
    def g(a, b): pass
    g(1, c=2)
call(b14)
def b15():
    x = {}
    x[[]] = 1
call(b15)
def b16():
    return {[]: 1}
call(b16)
def b17():
    return {1, []}
call(b17)
def b18():
    global undefined_g
    return undefined_g
call(b18)
def b19():
    x = 5
    x()
call(b19)
def b20():
    return [1, 2, 3].index(4)
call(b20)
def b21():
    raise ValueError('a') from None
call(b21)
def b22():
    try:
        1/0
    finally:
        pass
call(b22)
def b23():
    return str(1) + 2
call(b23)
def b24():
    x = 1; y = 0
    x /= y
call(b24)
def b25():
    a = [1]
    a[5] = 2
call(b25)
def b26():
    d = {}
    del d['x']
call(b26)
def b27():
    return f"{'a':d}"
call(b27)
def b28():
    import math
    return math.sqrt(-1)
call(b28)
def b29():
    return int.from_bytes('x')
call(b29)

# Traceback position markers (~~^^) as traceback.format_exc() draws them (PEP 657).
import traceback
def call(fn, *a):
    try:
        fn(*a)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))
def a1():
    x = [1, 2]
    return x[1] + x[2] * 3
call(a1)
def a2():
    d = {}
    d['a'] += 1
call(a2)
def a3():
    x = 1
    x += 'a'
call(a3)
def a4():
    return -'a'
call(a4)
def a5():
    return 'a' < 1
call(a5)
def a6():
    s = 'abc'
    s[0] = 'x'
call(a6)
def a7():
    return f"{1/0}"
call(a7)
def a9():
    return (lambda: 1/0)()
call(a9)
def a10():
    with open('/nonexistent/x') as f:
        pass
call(a10)
def a11():
    import nonexistent_mod_xyz
call(a11)
def a12():
    return {'a': 1}['b'] # comment
call(a12)
def a13():
    return max(
        [],
    )
call(a13)
def a14():
    x = (1,
         2,
         3,
         4)
    return x[0] + x[1] + x['a']
call(a14)
def a15():
    return int('1') + int('x')
call(a15)
def a16():
    return 'abc'.index('z')
call(a16)
def a17():
    l = [1]
    l.pop(); l.pop()
call(a17)
def a18():
    class X:
        def __init__(self):
            raise RuntimeError('boom')
    X()
call(a18)
def a19():
    return [][0] if [] else {}['q']
call(a19)
def a20():
    return 1 // 0 ** -1
call(a20)
def a21():
    x = None
    return x.attr.other
call(a21)
def a22():
    yield 1/0
call(lambda: list(a22()))
def a23():
    return next(iter([]))
call(a23)
def a24():
    return getattr(object(), 'zz')
call(a24)
def a25():
    raise ValueError('multi'
                     'line')
call(a25)

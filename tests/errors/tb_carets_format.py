# Traceback position markers (~~^^) as traceback.format_exc() draws them (PEP 657).
import traceback
def call(fn, *a):
    try:
        fn(*a)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))
def f(a, b):
    return a / b
def g(x):
    return x[5]
class C:
    def m(self):
        return self.nope
call(f, 1, 0)
call(g, [1])
call(lambda: C().m())
call(lambda: {}['k'])
d = {'a': {'b': None}}
call(lambda: d['a']['b']['c'])
call(lambda: 1 + 'x')
call(lambda: (1 +
              'x'))
def h():
    x = int('zz')
call(h)
def k():
    return int('zz')
call(k)
def k2():
    int('zz')
call(k2)
def k3():
    y = [1, 2,
         3][10]
call(k3)
def k4():
    raise ValueError('x')
call(k4)
def k5():
    assert 1 == 2, 'msg'
call(k5)
def k6():
    for x in 5: pass
call(k6)
def k7():
    a, b = 1
call(k7)
def k8():
    print(undefined_name)
call(k8)
def k9():
    return len(5) + 1
call(k9)
def k10():
    x = "é" + 1
call(k10)
def k11():
    obj = C()
    obj.m().foo
call(k11)
def k12():
    (C()
       .m())
call(k12)
def k13():
    x = 1 if undefined2 else 2
call(k13)
def k14():
    return sorted([3, 'a'])
call(k14)
def k15():
    x = f(1,
          0)
call(k15)
def k16():
    x = 10 ** 1000 * 1.0
call(k16)
def k17():
    z = [1][2] if True else 0
call(k17)
def k18():
    del undefined3
call(k18)
def k19():
    x = {}; x.a = 1
call(k19)
def k20():
    result = f(1, 0) + g([1])
call(k20)

# Class body execution: namespace, order, access to enclosing function variables.
print('before class')
class A:
    print('class body runs')
    a = 1
    b = a + 1
    def m(self):
        return A.b
    del a
print(A.b, hasattr(A, 'a'), A().m())
def factory(val):
    class Made:
        attr = val
        def get(self):
            return val
    return Made
M = factory('captured')
print(M.attr, M().get())
class Counter:
    n = 0
    for i in range(3):
        n += i
print(Counter.n, Counter.i)
x = 'global'
def f():
    x = 'enclosing'
    class C:
        y = x
        x = 'class-level'
        z = x
    return C.y, C.z
print(f())
class Meta:
    names = []
    def a(self): pass
    def b(self): pass
print([k for k in Meta.__dict__ if not k.startswith('__')])

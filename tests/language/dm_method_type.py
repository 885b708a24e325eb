# types.MethodType(function, instance).
import types
class A:
    x = 10
def f(self, y):
    return self.x + y
a = A()
m = types.MethodType(f, a)
print(m(5), m.__self__ is a, m.__func__ is f)
a.g = types.MethodType(lambda self: self.x * 2, a)
print(a.g())
for args in [(1, a), (f, None), (f,)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)

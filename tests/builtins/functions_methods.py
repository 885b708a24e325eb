# function and bound method objects.
def f(a, b=1):
    "doc"
    return a + b
print(type(f).__name__, f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__module__)
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount)
print(repr(f).startswith('<function f at 0x'))
class C:
    def m(self, x):
        return (self.__class__.__name__, x)
c = C()
bm = c.m
print(type(bm).__name__, bm(1), bm.__name__, bm.__self__ is c, bm.__func__ is C.m, C.m(c, 2))
print(repr(bm).startswith('<bound method C.m of <__main__.C object at 0x'))
print(c.m == c.m, c.m is c.m, C.m is C.m)
g = f
g.attr = 'set on alias'
print(f.attr)
print(type(len).__name__, len.__name__, repr(len), type([].append).__name__, repr(print))
print(type(C.m).__name__, type(c.m).__name__, type(lambda: 0).__name__, (lambda: 0).__name__)
try:
    f.__name__ = 5
except TypeError as e:
    print('TypeError', e)
f.__name__ = 'renamed'
print(f.__name__)
print(callable(f), callable(bm))

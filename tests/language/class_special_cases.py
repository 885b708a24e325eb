# __class__ cell, super() errors, class attributes vs instance attributes, __init__ return value.
class A:
    def who(self):
        return __class__.__name__
class B(A):
    pass
print(B().who())
def no_super():
    return super()
try:
    no_super()
except RuntimeError as e:
    print('RuntimeError', e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print('TypeError', e)
class Shadow:
    x = 'class'
s = Shadow()
s.x = 'instance'
print(s.x, Shadow.x, type(s).x)
del s.x
print(s.x)
class Meth:
    def m(self):
        return self
mm = Meth()
print(Meth.m(mm) is mm)
try:
    Meth.m()
except TypeError as e:
    print('TypeError', e)
class Cnt:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs
print(Cnt(1, 2, k=3).args, Cnt(1, 2, k=3).kwargs)
class Outer:
    class_var = 10
    def method(self):
        return [self.class_var + i for i in range(2)]
print(Outer().method())
print(isinstance(Outer, type), type(Outer.method).__name__)
class Str(str):
    def shout(self):
        return self.upper() + '!'
print(Str('hi').shout(), Str('a') + 'b', type(Str('a') + 'b').__name__, repr(Str('q')))
class Lst(list):
    pass
l = Lst([3, 1, 2])
l.sort()
print(l, type(l).__name__, len(l), isinstance(l, list))

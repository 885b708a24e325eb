# hasattr, getattr, setattr, delattr, vars, dir.
class C:
    cls_attr = 'class'
    def method(self):
        return 'm'
c = C()
setattr(c, 'x', 10)
print(getattr(c, 'x'), c.x, hasattr(c, 'x'), hasattr(c, 'y'))
print(getattr(c, 'y', 'default'), getattr(c, 'cls_attr'), getattr(c, 'method')())
delattr(c, 'x')
print(hasattr(c, 'x'))
try:
    getattr(c, 'nope')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(c, 'nope')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(c, 5)
except TypeError as e:
    print('TypeError', e)
c.a = 1
c.b = 2
print(vars(c), vars(c) is c.__dict__)
print([n for n in dir(c) if not n.startswith('__')])
print('cls_attr' in dir(C), '__init__' in dir(C))
print(sorted(k for k in vars(C) if not k.startswith('__')))
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
try:
    setattr(5, 'real', 1)
except AttributeError as e:
    print('AttributeError', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError', e)
import math
print('sqrt' in dir(math), hasattr(math, 'pi'))
def f():
    a = 1
    return dir()
print(f())
print(getattr(5, 'real'), getattr('abc', 'upper')())

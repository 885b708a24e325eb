# Classes are dynamic: attributes and methods can be added at run time.
class C:
    pass
c = C()
C.added = 'class attr added later'
print(c.added)
def method(self, x):
    return ('method added later', x)
C.m = method
print(c.m(1))
c.m = lambda x: ('instance attribute shadows', x)
print(c.m(2))
del c.m
print(c.m(3))
print(hasattr(C, 'm'), 'm' in C.__dict__)
C.__repr__ = lambda self: 'C-instance'
print(repr(c), [c])
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
Counter(); Counter()
print(Counter.instances)
class Sub(Counter):
    pass
Sub()
print(Counter.instances, Sub.instances)
setattr(C, 'via_setattr', 5)
print(C.via_setattr, getattr(c, 'via_setattr'))
print(type(c).__name__, c.__class__.__name__)

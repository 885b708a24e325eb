# type() and object().
print(type(1), type('s'), type(None), type(type), type(object()), type(len))
print(type(1) is int, type(True) is bool, type([]) == list)
Dyn = type('Dyn', (), {'x': 5, 'hello': lambda self: 'hi'})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), type(d).__name__)
Sub = type('Sub', (Dyn,), {})
print(Sub.__mro__[1].__name__, Sub().x, issubclass(Sub, Dyn))
o = object()
print(type(o).__name__, o == o, o != object(), object.__name__)
print(isinstance(o, object), object.__bases__, int.__bases__, bool.__bases__)
print(int.__name__, str.__qualname__, type.__name__)
try:
    type('X', 5, {})
except TypeError as e:
    print('TypeError', e)
try:
    type()
except TypeError as e:
    print('TypeError', e)
try:
    object(1)
except TypeError as e:
    print('TypeError', e)
class C:
    pass
print(type(C), type(C()).__name__, C.__class__ is type, C().__class__ is C)
print(repr(type(None)), repr(C).endswith("main__.C'>"))

# property with getter, setter, deleter; read-only property errors.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError', e)
del t.celsius
print(t.celsius)
class Old:
    def get_x(self):
        return 'x via property()'
    x = property(get_x, doc='the x')
print(Old().x, Old.x.__doc__)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
class NoDel:
    @property
    def p(self):
        return 1
try:
    del NoDel().p
except AttributeError as e:
    print('AttributeError', e)

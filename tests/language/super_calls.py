# super() in its forms.
class A:
    def __init__(self):
        self.log = ['A']
    def f(self):
        return 'A.f'
    @classmethod
    def cm(cls):
        return 'A.cm ' + cls.__name__
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append('B')
    def f(self):
        return 'B.f > ' + super().f()
    @classmethod
    def cm(cls):
        return 'B.cm > ' + super().cm()
class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.log.append('C')
    def f(self):
        return 'C.f > ' + super(B, self).f()
c = C()
print(c.log)
print(c.f())
print(C.cm())
print(super(C, c).f())
class Mixin:
    def greet(self):
        return 'mixin ' + super().greet()
class Base:
    def greet(self):
        return 'base'
class Final(Mixin, Base):
    pass
print(Final().greet())
class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.created_with = args
        return obj
print(WithNew(1, 2).created_with)
s = super(B, C())
print(type(s).__name__)

# staticmethod and classmethod.
class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    @staticmethod
    def unit():
        return 'unit shape'
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
class Square(Shape):
    pass
print(Shape.unit(), Shape().unit())
s = Square.create()
print(type(s).__name__, Square.name(), Shape.name(), s.name())
print(Shape.count)
def plain(x):
    return x * 2
class Holder:
    double = staticmethod(plain)
    make = classmethod(lambda cls, v: (cls.__name__, v))
print(Holder.double(4), Holder().double(5), Holder.make(1))
print(type(Shape.__dict__['unit']).__name__, type(Shape.__dict__['create']).__name__)
print(Shape.__dict__['unit'].__func__ is Shape.unit)
bound = Square.create
print(bound.__self__ is Square)

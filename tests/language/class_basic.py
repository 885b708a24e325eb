# Classes: attributes, methods, __init__, __repr__/__str__, class vs instance attributes.
class Point:
    """A 2-D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __str__(self):
        return f'({self.x}, {self.y})'
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, repr(p), str(p), [p])
print(p.norm2(), Point.norm2(p), p.dims, Point.dims)
print(p + Point(1, 1), p == Point(3, 4), p != Point(0, 0), p == 3)
p.dims = 3
print(p.dims, Point.dims)
print(Point.__name__, Point.__doc__, Point.__qualname__)
print(type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(sorted(vars(p).items()))
print(p.__dict__)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
class Empty:
    pass
e = Empty()
e.dynamic = 'attr'
print(e.dynamic)
try:
    e.missing
except AttributeError as ex:
    print('AttributeError', ex)
print(Point.__module__, Point.__bases__)
class WithClassAttrList:
    shared = []
a, b = WithClassAttrList(), WithClassAttrList()
a.shared.append(1)
print(b.shared)

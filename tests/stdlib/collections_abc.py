# collections.abc and abc: isinstance/issubclass for built-in types, __subclasshook__,
# registration, mixin methods and abstract-method enforcement.
import abc
import collections
import collections.abc as cabc
from abc import ABC, ABCMeta, abstractmethod

builtins_ = [list, tuple, dict, set, frozenset, str, bytes, bytearray, range, int, type(iter([])),
             type({}.keys()), type({}.items()), type({}.values()), type(len), collections.deque,
             collections.OrderedDict, collections.Counter, collections.defaultdict]
abcs = [cabc.Iterable, cabc.Iterator, cabc.Reversible, cabc.Sized, cabc.Container, cabc.Collection,
        cabc.Hashable, cabc.Callable, cabc.Sequence, cabc.MutableSequence, cabc.Set, cabc.MutableSet,
        cabc.Mapping, cabc.MutableMapping, cabc.KeysView, cabc.ItemsView, cabc.ValuesView]
print(' ' * 16, ' '.join(a.__name__[:5] for a in abcs))
for t in builtins_:
    print(f'{t.__name__:16}', ' '.join(f'{int(issubclass(t, a)):5}' for a in abcs))

def gen():
    yield 1
print(isinstance(gen(), cabc.Generator), isinstance(gen(), cabc.Iterator), isinstance([], cabc.Iterator),
      isinstance(lambda: 0, cabc.Callable), isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable))
print(cabc.Iterable, cabc.Mapping.__module__, cabc.Sequence.__name__)

class Box:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        return 2
print(isinstance(Box(), cabc.Iterable), isinstance(Box(), cabc.Sized), isinstance(Box(), cabc.Container),
      issubclass(Box, cabc.Collection))

class NoIter(Box):
    __iter__ = None
print(isinstance(NoIter(), cabc.Iterable))

class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = MySeq(3, 1, 3)
print(list(s), 3 in s, s.index(1), s.count(3), list(reversed(s)), isinstance(s, cabc.Reversible))

class MyMap(cabc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap()
m['a'] = 1
m.update(b=2, c=3)
print(sorted(m.items()), m.get('z', 0), 'a' in m, m.pop('a'), m.setdefault('q', 9), len(m), m == {'b': 2, 'c': 3, 'q': 9})
print(list(m.keys()), list(m.values()), isinstance(m.keys(), cabc.KeysView))

class MySet(cabc.MutableSet):
    def __init__(self, it=()):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
    def add(self, x):
        self.s.add(x)
    def discard(self, x):
        self.s.discard(x)
a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([9]))

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def name(self):
        ...
class Sq(Shape):
    def area(self):
        return 4
    def name(self):
        return 'sq'
class Half(Shape):
    def area(self):
        return 1
print(Sq().area(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)

class Base(metaclass=ABCMeta):
    pass
Base.register(int)
print(isinstance(3, Base), issubclass(bool, Base), issubclass(str, Base), type(Base).__name__)
try:
    Base.register(3)
except TypeError as e:
    print('TypeError', e)
class Plug(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'plug') or NotImplemented
class HasPlug:
    plug = 1
print(issubclass(HasPlug, Plug), isinstance(HasPlug(), Plug), issubclass(int, Plug))
print(isinstance(abc.get_cache_token(), int), abc.ABC.__name__)

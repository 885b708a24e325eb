# pickle: instances of module-level classes, classes and functions by qualified name,
# __reduce__/__reduce_ex__, __getstate__/__setstate__, __getnewargs__(_ex), __slots__,
# subclasses of built-in types, recursive structures.
import pickle
import copyreg


class Plain:
    pass


class WithInit:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is WithInit and self.__dict__ == other.__dict__

    def method(self):
        return self.a


class Outer:
    class Inner:
        def __init__(self):
            self.x = 'inner'


class WithState:
    def __init__(self):
        self.a = 1
        self.secret = 'hidden'

    def __getstate__(self):
        d = dict(self.__dict__)
        del d['secret']
        return d

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.secret = 'restored'


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 10,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx._make, (proto,))

    @staticmethod
    def _make(proto):
        r = ReducedEx()
        r.proto = proto
        return r


class NewArgs(int):
    def __new__(cls, value, tag):
        self = int.__new__(cls, value)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class NewArgsEx:
    def __new__(cls, *, key):
        self = object.__new__(cls)
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return ((), {'key': self.key})


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1
        self.y = [2]


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


def func(x):
    return x + 1


def show(x):
    r = repr(x)
    return r.split(' at 0x')[0] if ' at 0x' in r else r


objs = []
p0 = Plain()
objs.append(p0)
p1 = Plain()
p1.x = 1
p1.y = 'two'
objs.append(p1)
objs.append(WithInit(5, b=[1, 2]))
objs.append(Outer.Inner())
objs.append(WithState())
objs.append(Reduced(3))
objs.append(ReducedEx())
objs.append(NewArgs(7, 'seven'))
objs.append(NewArgsEx(key='k'))
objs.append(MyList([1, 2, 3]))
objs.append(MyDict(a=1))
objs.append(MyStr('mystr'))
objs.append(MyTuple((1, 2)))
objs.append([Plain, WithInit, Outer.Inner, func, MyList])
objs.append([p1, p1])

for o in objs:
    for p in range(6):
        try:
            d = pickle.dumps(o, p)
        except Exception as e:
            print(p, type(o).__name__, 'error', type(e).__name__, e)
            continue
        print(p, d)
        r = pickle.loads(d)
        print('  ->', type(r).__name__, show(r) if not hasattr(r, '__dict__') or isinstance(r, type)
              else sorted(r.__dict__.items()))

s = pickle.loads(pickle.dumps(Slotted()))
print(s.x, s.y)
for p in range(2):
    try:
        pickle.dumps(Slotted(), p)
    except TypeError as e:
        print(p, 'TypeError', e)
print(pickle.dumps(Slotted(), 2))
print(Slotted().__getstate__(), Plain().__getstate__(), p1.__getstate__())
print(p1.__reduce_ex__(2)[1:], p1.__reduce_ex__(2)[0].__name__)
print(p1.__reduce_ex__(0)[1:], p1.__reduce_ex__(0)[0].__name__)
print(p1.__reduce__()[0].__name__)
m = pickle.loads(pickle.dumps(WithInit(9).method))
print(m())
print(pickle.loads(pickle.dumps(func))(1))

# Recursive structures.
a = [1]
a.append(a)
for p in range(6):
    d = pickle.dumps(a, p)
    print(p, d)
    r = pickle.loads(d)
    print(r[1] is r)
d = {}
d['self'] = d
print(pickle.dumps(d, 2))
t = ([],)
t[0].append(t)
for p in range(6):
    d = pickle.dumps(t, p)
    print(p, d)
    r = pickle.loads(d)
    print(r[0][0] is r)
x = Plain()
x.me = x
r = pickle.loads(pickle.dumps(x))
print(r.me is r)

# copyreg
def reduce_plain(obj):
    return (Plain, ())
copyreg.pickle(WithInit, lambda o: (WithInit, (o.a,)))
print(pickle.dumps(WithInit(4, 5), 2))
del copyreg.dispatch_table[WithInit]
print(copyreg.__newobj__(MyList).__class__.__name__)
print(copyreg._reconstructor(Plain, object, None).__class__.__name__)

# collections: defaultdict, Counter, OrderedDict, namedtuple, ChainMap, UserDict/List/String.
import collections
import collections.abc
from collections import defaultdict, Counter, OrderedDict, namedtuple, ChainMap
from collections import UserDict, UserList, UserString

# defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['b'].append(2)
dd['a'].append(3)
print(dd, dd['a'], len(dd), dd.default_factory)
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(sorted(di.items()), isinstance(di, dict), type(di).__name__)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
nf = defaultdict()
try:
    nf['x']
except KeyError as e:
    print('KeyError', e)
print(dd.copy(), dict(dd) == dd, dd.get('zz'), 'zz' in dd)
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
print(defaultdict(list, {'x': [1]}) | {'y': [2]})

# Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'])
print(c.most_common(3), c.most_common(0), c.total())
print(sorted(c.elements()))
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c | c2, c & c2)
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1))
c.update('aaz')
c.subtract({'b': 10})
print(c)
c3 = Counter({'x': 3})
c3 += Counter(x=1, y=2)
print(c3, Counter(), repr(Counter(a=0)))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1), Counter('aab').keys())
del c['nope']
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter(cats=4, dogs=8).most_common())

# OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([(1, 1), (2, 2)])
o2 = OrderedDict([(2, 2), (1, 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {2: 2, 1: 1}, OrderedDict(), OrderedDict.fromkeys('ab', 0))
print(list(reversed(o1)), o1.copy(), type(o1.copy()).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)

# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p + (3,), len(p), tuple(p))
print(Point._fields, Point._make([3, 4]), p._asdict(), p._replace(x=10))
print(Point.__name__, Point.__doc__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3._field_defaults, P3(1, 2, 3))
R = namedtuple('R', ['abc', 'def', 'abc', '_x'], rename=True)
print(R._fields)
x, y = p
print(x, y, Point.x.__doc__)
S = namedtuple('S', 'one')
print(S(1), S._fields)
for bad in [lambda: namedtuple('1x', 'a'), lambda: namedtuple('T', 'class'),
            lambda: namedtuple('T', '_a'), lambda: namedtuple('T', 'a a'),
            lambda: namedtuple('T', 'a', defaults=[1, 2]), lambda: Point(1),
            lambda: Point._make([1]), lambda: p._replace(z=1), lambda: Point(1, 2, 3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'c' in cm, cm.get('z', 0))
cm['d'] = 4
print(over, list(cm.keys()), list(cm.items()))
child = cm.new_child()
child['a'] = 100
print(child['a'], cm['a'], child.parents == cm, len(child.maps))
del cm['d']
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
print(ChainMap(), dict(ChainMap({1: 1}, {2: 2})))

# UserDict / UserList / UserString
ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), ud.data, 'a' in ud, ud.get('q', 9), isinstance(ud, collections.abc.MutableMapping))
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], ul + [5], len(ul), ul == [0, 1, 2, 3], type(ul[1:]).__name__)
us = UserString('Hello')
print(us, us.upper(), us + '!', len(us), us[1:3], us == 'Hello', 'ell' in us, repr(us))

# keyword (used by namedtuple)
import keyword
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist),
      keyword.softkwlist)

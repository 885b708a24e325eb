# pickle: objects of other standard modules (collections, functools, datetime, enum, exceptions,
# fractions) round-trip, with CPython's bytes where the classes are pure Python in both.
import pickle
import collections
import datetime
import enum
import fractions
import functools


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Flags(enum.IntFlag):
    A = 1
    B = 2


Pt = collections.namedtuple('Pt', 'x y')


class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code


values = [
    collections.OrderedDict([('a', 1), ('b', 2)]),
    collections.deque([1, 2, 3]),
    collections.deque([1, 2], maxlen=5),
    collections.defaultdict(list, {'k': [1]}),
    collections.Counter('abracadabra'),
    Pt(1, 2),
    functools.partial(max, 1, key=abs),
    datetime.date(2024, 2, 29),
    datetime.datetime(2024, 1, 2, 3, 4, 5, 6),
    datetime.timedelta(days=1, seconds=2),
    Color.GREEN,
    Flags.A | Flags.B,
    fractions.Fraction(3, 4),
    ValueError('bad value'),
    KeyError('key'),
    OSError(2, 'No such file'),
    MyError('oops', 42),
    StopIteration(7),
]
for v in values:
    for p in (0, 2, 4, 5):
        try:
            r = pickle.loads(pickle.dumps(v, p))
        except Exception as e:
            print(type(v).__name__, p, 'error', type(e).__name__, e)
            continue
        if isinstance(v, BaseException):
            print(p, type(r).__name__, r.args, getattr(r, 'code', None), str(r))
        elif isinstance(v, functools.partial):
            print(p, type(r).__name__, r.func, r.args, r.keywords, r(-5))
        else:
            print(p, type(r).__name__, r == v, repr(r))
for v in [Pt(1, 2), Color.RED, Flags.B]:
    print(pickle.dumps(v, 2))
    print(pickle.dumps(v, 4))

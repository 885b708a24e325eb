# pickle: dump/load with files, several pickles in one stream, Pickler/Unpickler subclasses
# (persistent_id/persistent_load, dispatch_table, reducer_override, find_class), PickleBuffer.
import io
import pickle
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


f = io.BytesIO()
for p in range(6):
    pickle.dump({'p': p, 'data': [1, 2.5, 'three', b'four']}, f, protocol=p)
pickle.dump(b'x' * 70000, f)
pickle.dump('tail', f)
print(len(f.getvalue()))
f.seek(0)
for p in range(6):
    print(pickle.load(f))
print(len(pickle.load(f)), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)

# One Pickler, several dumps: the memo carries over until clear_memo().
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
s = ['shared']
pk.dump(s)
pk.dump(s)
pk.clear_memo()
pk.dump(s)
print(f.getvalue())
f.seek(0)
up = pickle.Unpickler(f)
a = up.load()
b = up.load()
c = up.load()
print(a, b, c, a is b, a is c)


# persistent ids
class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return ('Point', obj.x, obj.y)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):   # protocol 0 writes str(pid)
            return pid
        kind, x, y = pid
        return Point(x * 10, y * 10)


for p in range(6):
    f = io.BytesIO()
    try:
        DBPickler(f, p).dump([Point(1, 2), 'z'])
    except pickle.PicklingError as e:
        print(p, 'PicklingError', e)
        continue
    print(p, f.getvalue())
    f.seek(0)
    print(DBUnpickler(f).load())


class StrPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'pt%d' % obj.x if isinstance(obj, Point) else None


f = io.BytesIO()
StrPickler(f, 0).dump([Point(7, 8)])
print(f.getvalue())
f.seek(0)
try:
    pickle.load(f)
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)


# dispatch_table on a Pickler
class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Point] = lambda pt: (Point, (pt.y, pt.x))


f = io.BytesIO()
TablePickler(f, 4).dump(Point(1, 2))
print(f.getvalue())
print(pickle.loads(f.getvalue()))
f = io.BytesIO()
pk = pickle.Pickler(f, 3)
pk.dispatch_table = {Point: lambda pt: (Point, (0, 0))}
pk.dump([Point(5, 5)])
print(pickle.loads(f.getvalue()))


# reducer_override
class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return (str, ('Point-class',))
        if isinstance(obj, int) and obj == 42:
            return (int, ('43',))
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 4).dump([Point, 42, 7])
print(f.getvalue())
print(pickle.loads(f.getvalue()))


# find_class restricts globals
class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ('builtins', '__builtin__') and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


print(SafeUnpickler(io.BytesIO(pickle.dumps({1, 2}, 2))).load())
try:
    SafeUnpickler(io.BytesIO(pickle.dumps(Point(1, 2)))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

# Protocol 5 buffers (minimal)
pb = pickle.PickleBuffer(b'abc')
print(pickle.dumps(pb, 5), pickle.loads(pickle.dumps(pb, 5)))
pb = pickle.PickleBuffer(bytearray(b'abc'))
print(pickle.dumps(pb, 5), pickle.loads(pickle.dumps(pb, 5)))
bufs = []
d = pickle.dumps([pickle.PickleBuffer(b'xyz')], 5, buffer_callback=bufs.append)
print(d, len(bufs))
print(pickle.loads(d, buffers=[b'xyz']))
try:
    pickle.loads(d)
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
try:
    pickle.dumps(pickle.PickleBuffer(b'x'), 4)
except pickle.PicklingError as e:
    print('PicklingError', e)
print(pickle.PickleError.__mro__[1].__name__, issubclass(pickle.UnpicklingError, pickle.PickleError))

try:
    pickle.Unpickler(42)
except TypeError as e:
    print('TypeError', e)

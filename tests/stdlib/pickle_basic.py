# pickle: dumps() of the basic types is byte-identical to CPython for protocols 0..5,
# and loads(dumps(x)) round-trips.
import pickle
from binascii import crc32

values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -65536, 2**31 - 1, 2**31,
          -2**31, -2**31 - 1, 2**63, -2**63, 2**64, 10**100, -10**100, 0.0, -0.0, 1.5, 1e300,
          -2.5e-300, float('inf'), -float('inf'),
          '', 'a', 'hello', 'h\xe9llo', '\u1234\U00012345', 'a\\b\nc\r\x00\x1a', 'x' * 300,
          '\ud800',
          b'', b'a', b'\x00\xff' * 10, b'y' * 300, bytearray(), bytearray(b'ab'),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2},
          {'a': 1, 'b': [1, 2]}, set(), {1, 2, 3}, frozenset(), frozenset({1, 2}),
          [[1, 2], (3, 4)], ('a', 'a'), complex(1, 2), len, int, object, type(None),
          range(5), range(1, 10, 3), slice(1, 2, 3), ..., NotImplemented, ValueError,
          KeyError('k'), OSError, ZeroDivisionError('x', 1), 2**2100, -2**2100]
s = 'shared'
values.append([s, s, (s, s)])
t = (1, 2)
values.append([t, t, [t]])
b = b'bb'
values.append([b, b, b'cc', bytearray(b'dd')])

for v in values:
    for p in range(6):
        d = pickle.dumps(v, p)
        if len(d) > 200:
            print(p, len(d), crc32(d))
        else:
            print(p, d)
        r = pickle.loads(d)
        if repr(r) != repr(v) or type(r) is not type(v):
            print('round trip differs', repr(r)[:60])

# Batches of 1000 items and the default protocol.
big = [list(range(1001)), list(range(2000)), {i: i for i in range(1000)},
       {i: -i for i in range(1001)}, set(range(1000)), set(range(2001)),
       frozenset(range(1500)), tuple(range(1200))]
for v in big:
    for p in range(6):
        d = pickle.dumps(v, p)
        print(p, len(d), crc32(d), pickle.loads(d) == v)
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.dumps([1, 'a']) == pickle.dumps([1, 'a'], 4))
print(pickle.format_version, pickle.compatible_formats[-1])
print(pickle.encode_long(255), pickle.encode_long(-256), pickle.encode_long(0), pickle.decode_long(b'\xff\x00'))

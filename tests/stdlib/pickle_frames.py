# pickle: protocol 4+ frames (64 KiB target, committed at opcode boundaries; large str/bytes
# written outside frames) give the same bytes as CPython.
import pickle
from binascii import crc32

vals = [list(range(20000)), ['abc%d' % i for i in range(12000)], {i: str(i) for i in range(6000)},
        [b'x' * 70000, 'y' * 70000, [1, 2]], b'z' * 100000, [(i, float(i)) for i in range(5000)],
        set(range(12000)), [[i] * 3 for i in range(5000)], bytearray(b'q' * 70000),
        ['\u20ac' * 30000, 'a'], [b'w' * 65535, b'v' * 65536, b'u' * 65534]]
for v in vals:
    for p in (4, 5):
        d = pickle.dumps(v, p)
        print(p, len(d), crc32(d), pickle.loads(d) == v)
print(pickle.dumps(list(range(30)), 2) == pickle.dumps(list(range(30)), 2))

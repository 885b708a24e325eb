from array import array
import struct
a = array('i', [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 99)
print(a, len(a), a[0], a[-1], a[1:3], a[::2], a.pop(), a.pop(0), a.index(99), a.count(2), 3 in a, 100 in a)
a.remove(99); a.reverse(); print(a, a.tolist(), a.tobytes())
b = array('i'); b.frombytes(a.tobytes()); print(b == a, b != a, b < a, array('i', [1]) < array('i', [2]))
a[0] = 42; a[1:3] = array('i', [7, 8, 9]); print(a); del a[0]; del a[::2]; print(a)
print(array('d', [1, 2.5]) + array('d', [3]), array('b', [1, 2]) * 2, 2 * array('b', [5]))
c = array('h', [1, 2]); c += array('h', [3]); c *= 2; print(c)
print(array('B', b'hello'), array('u', 'hé'), array('w', 'xyz').tounicode(), array('f', [0.5, 0.1]))
print(array('Q', [2**64 - 1]), array('q', [-2**63]), array('L', [2**63]), array('I', [2**32-1]))
print(struct.unpack('<3i', array('i', [1, 2, 3])), list(array('i', [4, 5])), array('i', array('b', [1, 2])))
e = array('h', [1, 256]); e.byteswap(); print(e, e.itemsize, e.typecode, array('d').itemsize)
e.fromlist([9, 10]); print(e, sum(array('i', range(10))), sorted(array('i', [3, 1, 2])))
buf = array('b', [0]*4); struct.pack_into('<h', buf, 0, 258); print(buf)
class MyArr(array): pass
m = MyArr('i', [1]); print(m, type(m).__name__, isinstance(m, array))
for bad in ["array('i', [1])[5]", "array('i').pop()", "array('i', [1]) + array('d')", "array('i', [1]) + [1]", "array('i', 'x')", "array('z')", "array('b', [200])", "array('i', [1.5])", "array('Q', [-1])", "array('d', ['x'])", "array('u', [1])"]:
    try: eval(bad)
    except Exception as ex: print(bad, type(ex).__name__, ex)

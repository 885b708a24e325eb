# pickletools: genops() and dis() print CPython's disassembly.
import pickle, pickletools, io
class A:
    pass
a = A(); a.x = [1, 'two', 3.0, b'four', None, True, (1, 2), {1: 2}, {5}, frozenset({6}), 2**70, bytearray(b'z')]
for p in range(6):
    pickletools.dis(pickle.dumps([a, a, 'x' * 300, -5, 70000, 'é\u20ac'], p))
pickletools.dis(b"(lp0\nS'abc'\np1\naI01\naL5L\naU\x03xyza.")
out = io.StringIO()
pickletools.dis(pickle.dumps({'k': 1}), out, indentlevel=2)
print(out.getvalue())
print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(pickle.dumps((1, 'a'), 2))])
t = ([],)
t[0].append(t)
for p in (0, 1, 2):
    pickletools.dis(pickle.dumps(t, p))

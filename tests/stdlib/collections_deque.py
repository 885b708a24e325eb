# collections.deque: methods, maxlen, rotation, indexing, comparisons, reprs and errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([10, 20])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d)
d.reverse()
print(d, list(reversed(d)))
print(d.count(1), d.index(1), d.index('a'), 'a' in d, 99 in d)
d.insert(1, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
print(d)
d.remove('ins')
del d[0]
d[0] = 'first'
print(d, d.copy(), d == d.copy())
d.clear()
print(d, bool(d))

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9)
print(b)
b.appendleft(7)
print(b)
b.extend([1, 2])
print(b)
b.extendleft('xy')
print(b)
print(deque(maxlen=0), deque('abc', 0))
z = deque(maxlen=0)
z.append(1)
print(z)
print(repr(deque()), str(deque([[1], (2,)])))
e = deque([1, 2])
e.append(e)
print(e)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque('ab'))
f = deque([1])
f += [2, 3]
f *= 2
print(f)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2]), deque([2]) > deque([1, 5]), deque([1]) != deque([1]))
print(deque([1, 2]) == [1, 2])
g = deque(range(10))
print(g[5], g[-3], [g[i] for i in range(0, 10, 3)])
print(list(iter(g))[:3], sum(g))
h = deque([3, 1, 2], 5)
print(h.copy(), h.copy().maxlen)

class MyDeque(deque):
    pass
m = MyDeque([1, 2], maxlen=4)
print(m, type(m.copy()).__name__)

errors = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[5],
    lambda: deque([1])['a'],
    lambda: deque([1])[0:1],
    lambda: deque([1]).remove(2),
    lambda: deque([1]).index(2),
    lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: deque(maxlen=-1),
    lambda: deque(maxlen='a'),
    lambda: deque(1),
    lambda: hash(deque()),
    lambda: deque() + [1],
    lambda: deque([1]).rotate('a'),
]
for fn in errors:
    try:
        fn()
    except Exception as ex:
        print(type(ex).__name__, ex)

it_d = deque([1, 2, 3])
try:
    for x in it_d:
        it_d.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)

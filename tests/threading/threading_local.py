# threading.local: per-thread attributes, subclasses with __init__, __dict__, errors.
import threading

data = threading.local()
data.x = 'main'
seen = []
def show(tag):
    seen.append((tag, hasattr(data, 'x'), getattr(data, 'x', None)))
    data.x = tag
    seen.append((tag, data.x, sorted(data.__dict__)))
ts = [threading.Thread(target=show, args=('t%d' % i,)) for i in range(3)]
for t in ts:
    t.start(); t.join()
print(seen)
print(data.x, data.__dict__)
try:
    data.missing
except AttributeError as e:
    print('AttributeError:', e)
del data.x
print(hasattr(data, 'x'))
try:
    del data.x
except AttributeError:
    print('AttributeError on second del')
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)

class Counter(threading.local):
    initialized = 0
    def __init__(self, start):
        self.value = start
        self.inits = type(self).initialized = type(self).initialized + 1
    def bump(self):
        self.value += 1
        return self.value
    @property
    def doubled(self):
        return self.value * 2

c = Counter(10)
c.bump()
out = []
def use():
    out.append((c.value, c.bump(), c.bump(), c.doubled))
ts = [threading.Thread(target=use) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), c.value, Counter.initialized)
try:
    c.doubled = 3
except AttributeError:
    print('property without setter is read-only')

# Many threads writing the same local at once never see each other's values.
box = threading.local()
bad = []
def isolated(i):
    box.v = i
    for _ in range(2000):
        box.v += 1
        if box.v - 2000 > i:
            bad.append(i)
    if box.v != i + 2000:
        bad.append(i)
ts = [threading.Thread(target=isolated, args=(i * 100000,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print('isolation errors:', bad)

class Slotted(threading.local):
    def __init__(self):
        self.items = []
s = Slotted()
s.items.append('main')
def add():
    s.items.append('thread')
    out.append(s.items)
t = threading.Thread(target=add); t.start(); t.join()
print(s.items, out[-1])

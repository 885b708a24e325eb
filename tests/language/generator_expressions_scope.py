# The first iterable of a generator expression is evaluated immediately; the rest lazily.
def src(name, items):
    print('evaluating', name)
    return items
g = (x for x in src('outer', [1, 2]) for y in src('inner', [0]))
print('generator created')
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)
k = 10
g3 = (x + k for x in range(3))
k = 100
print(list(g3))
gen = (i for i in range(3))
print(next(gen), sum(gen))
def running():
    yield sum(x for x in range(4))
print(list(running()))
print(list(zip((a for a in 'ab'), (b for b in range(5)))))

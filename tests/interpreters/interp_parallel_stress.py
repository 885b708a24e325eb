# Two interpreters run CPU-bound code that uses many built-in types and methods at the same time
# (one thread each): every result must equal the one computed here. In the gil build each
# interpreter has its own lock, so this is true parallelism over shared immortal objects (types,
# their methods, small ints, static strings, exception classes).
from concurrent import interpreters
import threading

JOB = r'''
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm1(self):
        return abs(self.x) + abs(self.y)

class Counter(dict):
    def __missing__(self, key):
        return 0

def gen(n):
    for i in range(n):
        yield i * i % 17

def work(seed, rounds):
    acc = 0
    for r in range(rounds):
        d = {}
        c = Counter()
        s = set()
        lst = []
        for i in range(300):
            k = f'k{(i * seed + r) % 53}'
            d[k] = d.get(k, 0) + i
            c[k[-1]] += 1
            s.add(i % 41)
            lst.append((i * 7919 + seed * r) % 1000)
        lst.sort(key=lambda v: (-v % 13, v))
        words = ' '.join(str(x) for x in lst[:40]).split()
        text = '-'.join(words).replace('-', '+').upper().lower()
        acc += sum(d.values()) + len(s) + sum(lst[::7]) + len(words) + len(text)
        acc += sum(c.values()) + max(c, key=lambda k: (c[k], k)).__len__()
        acc += sum(gen(50)) + sum(p.norm1() for p in (Point(i, -i) for i in range(20)))
        acc += int(round(sum(x / 3 for x in range(100)), 6) * 1000)
        acc += (2 ** 100 + r) % 1000003 + len(bytes(range(r % 50)).hex())
        acc += len(sorted({i: str(i) for i in range(30)}.items(), reverse=True))
        acc += sum(len(x) for x in tuple(map(repr, [None, True, 1.25, 'x', b'y', (1,), [2], {3: 4}])))
        try:
            int('not a number ' + str(r))
        except ValueError as e:
            acc += len(e.args[0]) % 7
        try:
            {}['missing']
        except KeyError:
            acc += 1
        acc += isinstance(r, int) + issubclass(bool, int) + hasattr(lst, 'append') + callable(len)
        acc += len(getattr(str, 'join').__name__) + len(type(d).__name__) + len(vars(Point)['norm1'].__name__)
    return acc
'''

exec(JOB)
ROUNDS = 60
expected = {seed: work(seed, ROUNDS) for seed in (3, 5)}

results = interpreters.create_queue()
interps = []
for seed in (3, 5):
    interp = interpreters.create()
    interp.prepare_main(results=results, seed=seed, rounds=ROUNDS)
    interp.exec(JOB)
    interps.append(interp)

def run(interp):
    for _ in range(3):
        interp.exec('results.put((seed, work(seed, rounds)))')

threads = [threading.Thread(target=run, args=(i,)) for i in interps]
for t in threads:
    t.start()
# The main interpreter works meanwhile too.
mine = [work(7, 20) for _ in range(2)]
for t in threads:
    t.join()

got = [results.get() for _ in range(6)]
print('results', len(got))
print('exact', all(expected[seed] == value for seed, value in got))
print('main stable', mine[0] == mine[1])
for interp in interps:
    interp.close()
print('done')

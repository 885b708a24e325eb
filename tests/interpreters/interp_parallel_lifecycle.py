# Interpreters created, used (imports of Python and native modules, regexes, json, classes,
# exceptions) and closed by two threads at the same time; nothing may leak between them.
# Expected output written by hand (CPython 3.14 behaviour).
from concurrent import interpreters
import threading

CODE = r'''
import json, re, collections, itertools, functools, math
data = {"k%d" % i: [i, str(i), i / 2] for i in range(50)}
text = json.dumps(data, sort_keys=True)
back = json.loads(text)
words = re.findall(r"k(\d+)", text)
counts = collections.Counter(len(w) for w in words)
class Shape:
    def area(self):
        raise NotImplementedError
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
total = sum(Square(i).area() for i in range(30))
try:
    Shape().area()
except NotImplementedError:
    total += 1
prod = functools.reduce(lambda a, b: a * b % 1000003, itertools.islice(itertools.count(1), 200), 1)
result = (len(back), len(words), sorted(counts.items()), total, prod, math.isqrt(10**20))
'''

def get_result():
    return result

outcomes = []
lock = threading.Lock()

def worker(n):
    for _ in range(n):
        interp = interpreters.create()
        interp.exec(CODE)
        r = interp.call(get_result)
        interp.close()
        with lock:
            outcomes.append(r)

exec(CODE)
expected = result
threads = [threading.Thread(target=worker, args=(2,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(outcomes), all(r == expected for r in outcomes))
print(expected[:2], expected[3:])
print('interpreters left', len(interpreters.list_all()))

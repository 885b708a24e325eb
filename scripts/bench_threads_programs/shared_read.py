# Shared read work: every thread calls one shared function that reads one shared dict, list and
# object (globals, attributes, items). Fixed total work split over argv[1] threads.
import sys
import time

from threads_util import run_threads

TOTAL = 1_500_000

TABLE = {i: i * 2 for i in range(64)}
ITEMS = list(range(64))


class Config:
    def __init__(self):
        self.scale = 3
        self.offset = 1


CONFIG = Config()


def lookup(i):
    k = i & 63
    return TABLE[k] + ITEMS[k] * CONFIG.scale + CONFIG.offset


def work(count):
    s = 0
    for i in range(count):
        s += lookup(i)
    return s


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
results = [0] * n
t0 = time.perf_counter()
run_threads(n, lambda i: results.__setitem__(i, work(TOTAL // n)))
elapsed = time.perf_counter() - t0
print("checksum", all(r > 0 for r in results))
print("time=%.4f" % elapsed)

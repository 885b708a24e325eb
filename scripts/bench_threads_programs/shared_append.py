# Appends to shared containers: every thread appends to one list and sets keys in one dict.
# Fixed total work split over argv[1] threads; the totals are checked.
import sys
import time

from threads_util import run_threads

TOTAL = 600_000

shared_list = []
shared_dict = {}


def work(t, count):
    append = shared_list.append
    base = t * count
    for i in range(count):
        append(i)
        shared_dict[base + i] = i


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
per = TOTAL // n
t0 = time.perf_counter()
run_threads(n, lambda i: work(i, per))
elapsed = time.perf_counter() - t0
print("totals", len(shared_list) == per * n, len(shared_dict) == per * n)
print("time=%.4f" % elapsed)

# Independent CPU work: a fixed total amount of arithmetic split over argv[1] threads.
# Prints the elapsed time of the threaded part ("time=SECONDS") and a checksum.
import sys
import time

from threads_util import run_threads

TOTAL = 4_000_000


def work(count):
    x = 0
    for i in range(count):
        x = (x + i * 7) % 1000003
    return x


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
results = [0] * n
t0 = time.perf_counter()
run_threads(n, lambda i: results.__setitem__(i, work(TOTAL // n)))
elapsed = time.perf_counter() - t0
print("checksum", sum(1 for r in results if r >= 0))
print("time=%.4f" % elapsed)

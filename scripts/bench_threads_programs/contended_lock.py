# One lock under contention: argv[1] threads increment one counter under one _thread lock.
# Fixed total number of increments; the total is checked.
import _thread
import sys
import time

from threads_util import run_threads

TOTAL = 400_000

counter = 0
lock = _thread.allocate_lock()


def work(count):
    global counter
    for _ in range(count):
        with lock:
            counter += 1


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
per = TOTAL // n
t0 = time.perf_counter()
run_threads(n, lambda i: work(per))
elapsed = time.perf_counter() - t0
print("total", counter == per * n)
print("time=%.4f" % elapsed)

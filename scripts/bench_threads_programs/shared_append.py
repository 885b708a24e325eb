# Appends to shared containers: every thread appends to one list and sets keys in one dict.
# Fixed total work split over argv[1] threads; the totals are checked.
import _thread
import sys
import time

TOTAL = 600_000

shared_list = []
shared_dict = {}


def run_threads(n, fn):
    done = []
    for i in range(n):
        lock = _thread.allocate_lock()
        lock.acquire()

        def wrap(i=i, lock=lock):
            try:
                fn(i)
            finally:
                lock.release()

        _thread.start_new_thread(wrap, ())
        done.append(lock)
    for lock in done:
        lock.acquire()


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

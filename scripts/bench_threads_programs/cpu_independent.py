# Independent CPU work: a fixed total amount of arithmetic split over argv[1] threads.
# Prints the elapsed time of the threaded part ("time=SECONDS") and a checksum.
import _thread
import sys
import time

TOTAL = 4_000_000


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

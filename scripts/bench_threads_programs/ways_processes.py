# Independent CPU work in argv[1] worker processes (multiprocessing, default start method): a fixed
# total of arithmetic (5x cpu_independent.py, so process start-up is small beside it) split between
# the processes. Prints the elapsed time of the parallel part, start-up included ("time=SECONDS"),
# and a checksum.
import multiprocessing
import sys
import time

TOTAL = 20_000_000


def work(count, results):
    x = 0
    for i in range(count):
        x = (x + i * 7) % 1000003
    results.put(x)


if __name__ == '__main__':
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    results = multiprocessing.SimpleQueue()
    t0 = time.perf_counter()
    procs = [multiprocessing.Process(target=work, args=(TOTAL // n, results)) for _ in range(n)]
    for p in procs:
        p.start()
    values = [results.get() for _ in procs]
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - t0
    print("checksum", sum(1 for r in values if r >= 0), all(p.exitcode == 0 for p in procs))
    print("time=%.4f" % elapsed)

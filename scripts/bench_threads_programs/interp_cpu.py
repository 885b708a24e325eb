# Independent CPU work in sub-interpreters: a fixed total amount of arithmetic split over argv[1]
# interpreters, each run by its own thread (concurrent.interpreters). In the gil build every
# interpreter has its own global lock, so this scales like the ft build's threads.
# Prints the elapsed time of the parallel part ("time=SECONDS") and a checksum.
import sys
import threading
import time
from concurrent import interpreters

TOTAL = 4_000_000

JOB = '''
def work(count):
    x = 0
    for i in range(count):
        x = (x + i * 7) % 1000003
    return x
'''

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
interps = []
for i in range(n):
    interp = interpreters.create()
    interp.exec(JOB)
    interps.append(interp)
results = [None] * n


def job(count):
    # Crosses as code: runs with the interpreter's __main__ (where JOB defined work) as globals.
    return work(count)


def run(i):
    results[i] = interps[i].call(job, TOTAL // n)


t0 = time.perf_counter()
threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - t0
print("checksum", sum(1 for r in results if r is not None and r >= 0))
print("time=%.4f" % elapsed)
for interp in interps:
    interp.close()

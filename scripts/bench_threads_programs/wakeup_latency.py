# Sleep wake-up latency while other threads compute: argv[1] threads run a CPU loop while the
# main thread sleeps 2 ms at a time; prints the median extra delay ("latency_ms=...").
import sys
import time

from threads_util import join, start_threads

SAMPLES = 100
SLEEP = 0.002

stop = []


def compute(i):
    x = 0
    while not stop:
        for j in range(1000):
            x = (x + j) % 7919


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
done = start_threads(n, compute)
time.sleep(0.02)  # let the compute threads start
delays = []
t_start = time.perf_counter()
for _ in range(SAMPLES):
    t0 = time.perf_counter()
    time.sleep(SLEEP)
    delays.append(time.perf_counter() - t0 - SLEEP)
elapsed = time.perf_counter() - t_start
stop.append(1)
join(done)
delays.sort()
print("latency_ms=%.3f" % (delays[len(delays) // 2] * 1000))
print("time=%.4f" % elapsed)

# A tiny workload for the compare tests: its output depends only on WEFT_THREADS.
import os
n = int(os.environ.get("WEFT_THREADS", "1"))
total = 0
for i in range(20000):
    total += i % 7
print("threads", n, "total", total)

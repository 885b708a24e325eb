# Threads sharing data: every thread updates one shared dict of counters (under a lock) and appends
# to one shared list (list.append is atomic by itself). The work is fixed and split between
# WEFT_THREADS threads; the totals are exact in every build. Shows what contention on shared
# objects and on a lock costs.  Try:  scripts/compare examples/threads_shared.py --threads 1,2,4
import os
import threading

ITEMS = 600000
KEYS = 16


def main():
    nthreads = int(os.environ.get("WEFT_THREADS", "1"))
    counts = {k: 0 for k in range(KEYS)}
    lock = threading.Lock()
    seen = []

    def work(first):
        local = 0
        for i in range(first, ITEMS, nthreads):
            local += i
            if i % 8 == 0:
                seen.append(i)
            if i % 64 == 0:
                with lock:
                    counts[i % KEYS] += 1
        with lock:
            counts["sum"] = counts.get("sum", 0) + local

    threads = [threading.Thread(target=work, args=(t,)) for t in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = sum(v for k, v in counts.items() if k != "sum")
    print(f"sum {counts['sum']}, locked updates {total}, appended {len(seen)}, max {max(seen)}")


main()

# CPU-bound threads: count the primes below LIMIT, the range split between WEFT_THREADS threads.
# With a global lock (gil build, CPython) more threads do not make it faster; the free-threading
# build runs the threads in parallel. Try:  scripts/compare examples/threads_cpu.py --threads 1,2,4
import os
import threading

LIMIT = 250000


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def main():
    nthreads = int(os.environ.get("WEFT_THREADS", "1"))
    # Interleaved chunks, so that each thread gets a similar share of large (slow) numbers.
    chunk = 1000
    ranges = [[] for _ in range(nthreads)]
    for k, start in enumerate(range(0, LIMIT, chunk)):
        ranges[k % nthreads].append((start, min(start + chunk, LIMIT)))
    results = [0] * nthreads

    def work(slot):
        results[slot] = sum(1 for start, stop in ranges[slot] for n in range(start, stop) if is_prime(n))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"primes below {LIMIT}: {sum(results)}")


main()

# The three ways past the global lock, on one CPU-bound job: count the primes below LIMIT, the
# range split between WORKERS workers that run as threads, sub-interpreters or processes.
#
#   weft examples/ways.py threads|interpreters|processes [WORKERS]
#
# (WORKERS defaults to $WEFT_THREADS, else 1.) Every way prints the same line. Threads run in
# parallel only on the free-threading build; interpreters (each with its own lock) and processes
# run in parallel on both builds. Compare them all:
#   scripts/compare examples/ways.py --ways threads,interpreters,processes --threads 1,2
import os
import sys

LIMIT = 300000
CHUNK = 1000

# The job, as source text: the main program runs it, and so does every sub-interpreter (which
# has its own __main__ and shares no objects with this one).
JOB = '''
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

def count_primes(ranges):
    return sum(1 for start, stop in ranges for n in range(start, stop) if is_prime(n))
'''
exec(JOB)


def split(workers):
    """Interleaved chunks, so that each worker gets a similar share of large (slow) numbers."""
    parts = [[] for _ in range(workers)]
    for k, start in enumerate(range(0, LIMIT, CHUNK)):
        parts[k % workers].append((start, min(start + CHUNK, LIMIT)))
    return [tuple(p) for p in parts]


def with_threads(parts):
    import threading
    results = [0] * len(parts)

    def work(i):
        results[i] = count_primes(parts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(parts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(results)


def with_interpreters(parts):
    import threading
    from concurrent import interpreters
    queue = interpreters.create_queue()
    interps = [interpreters.create() for _ in parts]
    threads = []
    for i, (interp, part) in enumerate(zip(interps, parts)):
        interp.prepare_main(part=part, queue=queue)
        code = JOB + 'queue.put(count_primes(part))\n'
        threads.append(threading.Thread(target=interp.exec, args=(code,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = sum(queue.get() for _ in parts)
    for interp in interps:
        interp.close()
    return total


def with_processes(parts):
    import multiprocessing
    with multiprocessing.Pool(len(parts)) as pool:
        return sum(pool.map(count_primes, parts, chunksize=1))


WAYS = {'threads': with_threads, 'interpreters': with_interpreters, 'processes': with_processes}


def main():
    way = sys.argv[1] if len(sys.argv) > 1 else 'threads'
    if way not in WAYS:
        sys.exit('usage: ways.py threads|interpreters|processes [WORKERS]')
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else int(os.environ.get('WEFT_THREADS', '1'))
    if way == 'interpreters':
        try:
            from concurrent import interpreters
        except ImportError:
            sys.exit('ways.py: concurrent.interpreters is not available on this Python')
    print(f"primes below {LIMIT}: {WAYS[way](split(workers))}")


if __name__ == '__main__':
    main()

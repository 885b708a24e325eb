# A tiny job for the compare --ways test: argv[1] picks threads, interpreters or processes, and
# WEFT_THREADS the worker count; every way prints the same line.
import os
import sys

JOB = 'def part(k, n):\n    return sum(i % 7 for i in range(k, 3000, n))\n'
exec(JOB)


def run(way, n):
    if way == 'threads':
        import threading
        out = [0] * n
        ts = [threading.Thread(target=lambda k=k: out.__setitem__(k, part(k, n))) for k in range(n)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        return sum(out)
    if way == 'interpreters':
        from concurrent import interpreters
        total = 0
        for k in range(n):
            interp = interpreters.create()
            q = interpreters.create_queue()
            interp.prepare_main(k=k, n=n, q=q)
            interp.exec(JOB + 'q.put(part(k, n))\n')
            total += q.get()
            interp.close()
        return total
    import multiprocessing
    with multiprocessing.Pool(n) as pool:
        return sum(pool.starmap(part, [(k, n) for k in range(n)]))


if __name__ == '__main__':
    print('total', run(sys.argv[1], int(os.environ.get('WEFT_THREADS', '1'))))

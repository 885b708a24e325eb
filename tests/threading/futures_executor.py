# ThreadPoolExecutor: submit, map (order, timeout, exceptions), shutdown, wait, as_completed,
# thread names, initializer, errors.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, Future)
import concurrent.futures as cf

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(square, i) for i in range(20)]
    print([f.result() for f in fs])
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(square, [])))
    print(ex.submit(lambda *a, **k: (a, k), 1, 2, x=3).result())
    print(ex.submit(max, [3, 1, 2], key=lambda v: -v).result())
    print(list(ex.map(square, range(5), timeout=10, chunksize=2)))

# Names of worker threads.
names = set()
both_started = threading.Barrier(2)
def record_name(i):
    names.add(threading.current_thread().name)
    if i < 2:
        both_started.wait(5)   # the first two calls need two workers
with ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as ex:
    list(ex.map(record_name, range(6)))
print(sorted(names))
with ThreadPoolExecutor(1) as ex:
    n = ex.submit(lambda: threading.current_thread().name).result()
print(n.startswith('ThreadPoolExecutor-'), n.endswith('_0'))

# Exceptions travel through the future; map re-raises at the failing item.
def maybe_fail(x):
    if x == 3:
        raise ValueError('three')
    return x
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(maybe_fail, 3)
    print(repr(f.exception()))
    got = []
    try:
        for r in ex.map(maybe_fail, range(6)):
            got.append(r)
    except ValueError as e:
        print('map raised', repr(e), 'after', got)

# wait()
with ThreadPoolExecutor(4) as ex:
    ev = threading.Event()
    slow = ex.submit(ev.wait, 5)
    fast = ex.submit(square, 7)
    done, not_done = wait([slow, fast], return_when=FIRST_COMPLETED)
    print(fast in done, slow in not_done)
    r = wait([slow, fast], timeout=0.05)
    print(len(r.done), len(r.not_done), r.done == done)
    bad = ex.submit(maybe_fail, 3)
    r = wait([slow, bad], return_when=FIRST_EXCEPTION)
    print(bad in r.done, slow in r.not_done)
    ev.set()
    r = wait([slow, fast, bad], return_when=ALL_COMPLETED)
    print(len(r.done), len(r.not_done), slow.result())
    print(wait([], timeout=0))

# as_completed yields every future once, in completion order.
with ThreadPoolExecutor(3) as ex:
    gates = [threading.Event() for _ in range(3)]
    fs = [ex.submit(g.wait, 5) for g in gates]
    ids = {f: i for i, f in enumerate(fs)}
    order = []
    it = as_completed(fs, timeout=5)
    for i in (2, 0, 1):
        gates[i].set()
        order.append(ids[next(it)])
    print(order, list(it))
    done = [ex.submit(square, i) for i in range(5)]
    wait(done)
    print(sorted(f.result() for f in as_completed(done)))
    blocker = threading.Event()
    pending = ex.submit(blocker.wait, 5)
    try:
        for f in as_completed([pending], timeout=0.05):
            pass
    except cf.TimeoutError as e:
        print('TimeoutError:', e)
    blocker.set()

# map with a timeout that expires
with ThreadPoolExecutor(2) as ex:
    ev = threading.Event()
    it = ex.map(lambda x: ev.wait(5) and x, [1, 2], timeout=0.05)
    try:
        list(it)
    except TimeoutError:
        print('map timed out')
    ev.set()

# shutdown
ex = ThreadPoolExecutor(1)
gate = threading.Event()
first = ex.submit(gate.wait, 5)
while not first.running():
    time.sleep(0.001)
queued = [ex.submit(square, i) for i in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print(first.result(), [f.cancelled() for f in queued])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError:', e)
ex.shutdown()
ex.shutdown()

ex = ThreadPoolExecutor(2)
fs = [ex.submit(time.sleep, 0.01) for _ in range(4)]
ex.shutdown(wait=True)
print(all(f.done() for f in fs))

# Constructor checks
for kw in ({'max_workers': 0}, {'max_workers': -1}, {'initializer': 5}):
    try:
        ThreadPoolExecutor(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

# initializer runs once per worker thread; a failing one breaks the pool
inits = []
with ThreadPoolExecutor(2, initializer=inits.append, initargs=('init',)) as ex:
    print(ex.submit(square, 9).result())
print(inits[:1], len(inits) <= 2)

cf._base.LOGGER.disabled = True if hasattr(cf._base.LOGGER, 'disabled') else None
def bad_init():
    raise OSError('no')
ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(square, 2)
try:
    f.result(timeout=5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(square, 2)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()
print(isinstance(ThreadPoolExecutor(), cf.Executor), ThreadPoolExecutor()._max_workers > 4)

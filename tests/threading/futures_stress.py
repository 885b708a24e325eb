# Many small tasks through ThreadPoolExecutor: exact results from map, submit and as_completed.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading

def work(x):
    s = 0
    for i in range(x % 50):
        s += i
    return x, s

expected = [(x, sum(range(x % 50))) for x in range(4000)]
with ThreadPoolExecutor(max_workers=8) as ex:
    print(list(ex.map(work, range(4000))) == expected)
    fs = [ex.submit(work, x) for x in range(4000)]
    print(sorted(f.result() for f in as_completed(fs)) == expected)
    r = wait(fs)
    print(len(r.done), len(r.not_done))

# Tasks sharing a lock-protected counter and a list.
counter = [0]
lock = threading.Lock()
items = []
def bump(n):
    for _ in range(n):
        with lock:
            counter[0] += 1
    items.append(n)
    return n
with ThreadPoolExecutor(max_workers=4) as ex:
    total = sum(ex.map(bump, [500] * 40))
print(counter[0], total, len(items))

# Futures completed by callbacks chaining into new submissions.
results = []
done = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    def chain(n):
        if n == 0:
            done.set()
            return
        f = ex.submit(lambda: n)
        f.add_done_callback(lambda fut: (results.append(fut.result()), chain(n - 1)))
    chain(200)
    done.wait(10)
print(len(results), results[:3], sum(results))

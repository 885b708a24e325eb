# weakref under threads: references to objects freed by other threads read as None, never crash;
# callbacks run exactly once per dying referent.
import threading
import weakref

class Obj:
    pass

N = 4
ROUNDS = 2000
lock = threading.Lock()
called = [0]

def cb(wr):
    with lock:
        called[0] += 1

shared = [Obj() for _ in range(64)]
refs = [weakref.ref(o, cb) for o in shared]

def reader():
    alive = 0
    for _ in range(ROUNDS // 100):
        for r in refs:
            o = r()
            if o is not None:
                alive += 1
    return alive

def dropper():
    # Frees the shared objects while readers dereference them.
    for i in range(len(shared)):
        shared[i] = None

def churn(results, idx):
    dead = 0
    for _ in range(ROUNDS):
        o = Obj()
        r = weakref.ref(o, cb)
        p = weakref.proxy(o)
        p.x = 1
        del o, p
        if r() is None:
            dead += 1
    results[idx] = dead

results = [0] * N
threads = [threading.Thread(target=churn, args=(results, i)) for i in range(N)]
threads += [threading.Thread(target=reader) for _ in range(2)]
threads.append(threading.Thread(target=dropper))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results == [ROUNDS] * N)
print(called[0] == N * ROUNDS + 64)
print(all(r() is None for r in refs))

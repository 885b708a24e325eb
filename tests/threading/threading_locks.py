# threading.Lock and threading.RLock: acquire/release, timeouts, ownership, context managers.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(True, 0.02), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with lock:
    print('inside', lock.locked())
print('after', lock.locked())

# A Lock may be released by another thread than the one that acquired it.
lock.acquire()
t = threading.Thread(target=lock.release); t.start(); t.join()
print('released by other thread:', not lock.locked())

# Blocking acquire waits for the holder.
order = []
lock.acquire()
def waiter():
    with lock:
        order.append('waiter got lock')
w = threading.Thread(target=waiter); w.start()
w.join(0.05)
order.append('main releases')
lock.release()
w.join()
print(order)

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release()
results = []
def try_take():
    results.append(r.acquire(False))
    results.append(r.acquire(timeout=0.02))
t = threading.Thread(target=try_take); t.start(); t.join()
print('other thread while owned:', results)
r.release()
t = threading.Thread(target=try_take); t.start(); t.join()
print('other thread after release:', results[2:])
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

r2 = threading.RLock()
def release_foreign():
    try:
        r2.release()
    except RuntimeError as e:
        results.append(str(e))
r2.acquire()
t = threading.Thread(target=release_foreign); t.start(); t.join()
print(results[-1])
r2.release()

with r2:
    with r2:
        print('nested with ok')

# A counter protected by a Lock and one protected by an RLock stay exact.
counter = [0, 0]
lk, rl = threading.Lock(), threading.RLock()
def bump(n):
    for _ in range(n):
        with lk:
            counter[0] += 1
        with rl:
            with rl:
                counter[1] += 1
ts = [threading.Thread(target=bump, args=(5000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)

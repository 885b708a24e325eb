# threading.Semaphore, BoundedSemaphore and Event.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.02))
s.release(2)
print(s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(blocking=False))
s.release()
with s:
    print('in with:', s.acquire(False))
print(s.acquire(False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print('ValueError:', e)
b.release(2)
print(isinstance(b, threading.Semaphore))

# At most 3 threads inside at once.
sem = threading.BoundedSemaphore(3)
lock = threading.Lock()
inside = [0, 0]
def limited():
    for _ in range(200):
        with sem:
            with lock:
                inside[0] += 1
                inside[1] = max(inside[1], inside[0])
            with lock:
                inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print('max inside <= 3:', inside[1] <= 3, inside[0])

# A semaphore as a signal between threads.
sig = threading.Semaphore(0)
got = []
def consumer():
    for _ in range(3):
        sig.acquire()
        got.append('x')
t = threading.Thread(target=consumer); t.start()
sig.release(); sig.release(2)
t.join()
print(got)

e = threading.Event()
print(e.is_set(), e.wait(0.02), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

evs = [threading.Event() for _ in range(4)]
res = []
def chain(i):
    evs[i].wait()
    res.append(i)
    if i + 1 < len(evs):
        evs[i + 1].set()
ts = [threading.Thread(target=chain, args=(i,)) for i in range(4)]
for t in reversed(ts): t.start()
evs[0].set()
for t in ts: t.join()
print(res)

# Many waiters released by one set().
gate = threading.Event()
count = [0]
lk = threading.Lock()
def wait_gate():
    if gate.wait(5):
        with lk:
            count[0] += 1
ts = [threading.Thread(target=wait_gate) for _ in range(8)]
for t in ts: t.start()
gate.set()
for t in ts: t.join()
print(count)

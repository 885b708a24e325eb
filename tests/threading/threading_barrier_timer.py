# threading.Barrier (rounds, action, abort, reset, timeout) and threading.Timer.
import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
for bad in (0, -1):
    try:
        threading.Barrier(bad)
    except ValueError as e:
        print('ValueError:', e)

# Several rounds: each round returns every index 0..n-1 exactly once, the action runs once.
N, ROUNDS = 4, 50
actions = []
barrier = threading.Barrier(N, action=lambda: actions.append(1))
indices = [[] for _ in range(ROUNDS)]
arrivals = [0] * ROUNDS
lock = threading.Lock()
def rounds():
    for r in range(ROUNDS):
        with lock:
            arrivals[r] += 1
        i = barrier.wait()
        # Nobody passes the barrier before everyone of this round has arrived.
        ok = arrivals[r] == N
        with lock:
            indices[r].append((i, ok))
ts = [threading.Thread(target=rounds) for _ in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(len(actions), all(sorted(x[0] for x in r) == list(range(N)) for r in indices),
      all(x[1] for r in indices for x in r))
print(barrier.n_waiting, barrier.broken)

# A timeout breaks the barrier for everyone.
b = threading.Barrier(2)
try:
    b.wait(0.05)
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', repr(e), b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('still broken')
b.reset()
print('after reset:', b.broken)

# abort() wakes the waiting threads with BrokenBarrierError.
b = threading.Barrier(3)
errors = []
def wait_abort():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errors.append('broken')
ts = [threading.Thread(target=wait_abort) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    pass
print('n_waiting:', b.n_waiting)
b.abort()
for t in ts: t.join()
print(errors, b.broken, b.n_waiting)

# A failing action breaks the barrier; the thread that ran it gets the action's exception.
def bad_action():
    raise KeyError('action')
b = threading.Barrier(2, action=bad_action)
outcomes = []
def wait_and_record():
    try:
        b.wait()
        outcomes.append('passed')
    except threading.BrokenBarrierError:
        outcomes.append('broken')
    except KeyError as e:
        outcomes.append('KeyError ' + str(e))
ts = [threading.Thread(target=wait_and_record) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(outcomes), b.broken)

# reset() while a thread waits: the waiter gets BrokenBarrierError, the barrier works again.
b = threading.Barrier(2)
res = []
def wait_reset():
    try:
        b.wait()
        res.append('passed')
    except threading.BrokenBarrierError:
        res.append('broken')
t = threading.Thread(target=wait_reset); t.start()
while b.n_waiting < 1:
    pass
b.reset()
t.join()
t = threading.Thread(target=wait_reset); t.start()
b.wait()
t.join()
print(res, b.broken)

# Default timeout given to the constructor.
b = threading.Barrier(2, timeout=0.03)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('constructor timeout broke it')

# Timer
fired = []
t = threading.Timer(0.02, fired.append, args=['fired'])
print(t.name.startswith('Thread-'), t.interval, t.daemon)
t.start(); t.join()
print(fired, t.finished.is_set())
t = threading.Timer(10, fired.append, args=['never'])
t.start(); t.cancel(); t.join()
print(fired)
t = threading.Timer(0.01, lambda **kw: fired.append(kw), kwargs={'k': 1})
t.start(); t.join()
print(fired)
print(issubclass(threading.Timer, threading.Thread), issubclass(threading.BrokenBarrierError, RuntimeError))

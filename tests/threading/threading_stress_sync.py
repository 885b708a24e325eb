# Lock-protected counters, Condition ping-pong and Barrier rounds under contention.
import threading

N_THREADS = 8
counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=add, args=(10_000,)) for _ in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print('locked counter:', counter)

rcount = [0]
rlock = threading.RLock()
def radd(n):
    for _ in range(n):
        with rlock:
            with rlock:
                rcount[0] += 1
ts = [threading.Thread(target=radd, args=(5_000,)) for _ in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print('rlock counter:', rcount[0])

# Ping-pong among 4 threads in a ring: thread i may run only on its turn.
cond = threading.Condition()
turn = [0]
trace = []
ROUNDS = 300
def ring(i, n):
    for _ in range(ROUNDS):
        with cond:
            while turn[0] != i:
                cond.wait()
            trace.append(i)
            turn[0] = (i + 1) % n
            cond.notify_all()
ts = [threading.Thread(target=ring, args=(i, 4)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('ring:', len(trace), trace == [i % 4 for i in range(4 * ROUNDS)])

# Barrier rounds: per round, each thread adds to its own slot; after the barrier,
# every thread checks the round's total.
ROUNDS = 200
slots = [0] * N_THREADS
bad = []
b = threading.Barrier(N_THREADS)
def rounds(k):
    for r in range(1, ROUNDS + 1):
        slots[k] = r
        b.wait()
        if sum(slots) != r * N_THREADS:
            bad.append((k, r))
        b.wait()
ts = [threading.Thread(target=rounds, args=(k,)) for k in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print('barrier rounds:', ROUNDS, 'errors:', bad)

# Semaphore-bounded pool of workers summing a range.
sem = threading.Semaphore(3)
total = [0]
tl = threading.Lock()
def part(lo, hi):
    with sem:
        s = sum(range(lo, hi))
    with tl:
        total[0] += s
ts = [threading.Thread(target=part, args=(i * 10_000, (i + 1) * 10_000)) for i in range(16)]
for t in ts: t.start()
for t in ts: t.join()
print('sum:', total[0] == sum(range(160_000)))

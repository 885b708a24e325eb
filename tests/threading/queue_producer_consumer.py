# Producers and consumers through queues with exact totals.
import queue
import threading

N_PRODUCERS, N_CONSUMERS, N_ITEMS = 4, 4, 5_000
q = queue.Queue(maxsize=100)
sums = [0] * N_CONSUMERS
counts = [0] * N_CONSUMERS

def producer(k):
    for i in range(N_ITEMS):
        q.put(k * N_ITEMS + i)

def consumer(k):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        sums[k] += item
        counts[k] += 1
        q.task_done()

cs = [threading.Thread(target=consumer, args=(k,)) for k in range(N_CONSUMERS)]
ps = [threading.Thread(target=producer, args=(k,)) for k in range(N_PRODUCERS)]
for t in cs + ps: t.start()
for t in ps: t.join()
q.join()
for _ in cs:
    q.put(None)
for t in cs: t.join()
total = N_PRODUCERS * N_ITEMS
print(sum(counts), sum(sums) == total * (total - 1) // 2, q.empty(), q.unfinished_tasks)

# A pipeline of stages, each a thread between two SimpleQueues.
stages = 4
qs = [queue.SimpleQueue() for _ in range(stages + 1)]
def stage(i):
    while True:
        x = qs[i].get()
        if x is None:
            qs[i + 1].put(None)
            return
        qs[i + 1].put(x + 1)
ts = [threading.Thread(target=stage, args=(i,)) for i in range(stages)]
for t in ts: t.start()
for i in range(10_000):
    qs[0].put(i)
qs[0].put(None)
out = []
while True:
    x = qs[-1].get()
    if x is None:
        break
    out.append(x)
for t in ts: t.join()
print(len(out), out[:3], out == [i + stages for i in range(10_000)])

# Several threads draining one PriorityQueue: every item taken exactly once.
pq = queue.PriorityQueue()
for i in range(20_000):
    pq.put((i % 97, i))
taken = []
def drain():
    while True:
        try:
            taken.append(pq.get_nowait()[1])
        except queue.Empty:
            return
ts = [threading.Thread(target=drain) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(taken), sorted(taken) == list(range(20_000)))

# LifoQueue with timeouts between two threads.
lq = queue.LifoQueue(maxsize=10)
got = []
def lifo_consumer():
    while True:
        try:
            x = lq.get(timeout=2)
        except queue.Empty:
            return
        if x is None:
            return
        got.append(x)
        lq.task_done()
t = threading.Thread(target=lifo_consumer); t.start()
for i in range(3000):
    lq.put(i, timeout=2)
lq.join()        # LIFO: the sentinel must not overtake items still queued
lq.put(None)
t.join()
print(len(got), sum(got) == sum(range(3000)))

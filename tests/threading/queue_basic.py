# queue.Queue, LifoQueue, PriorityQueue, SimpleQueue: order, limits, Empty/Full, timeouts,
# task_done/join, shutdown.
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty from get_nowait')
try:
    q.get(timeout=0.02)
except queue.Empty:
    print('Empty after timeout')
try:
    q.get(False)
except queue.Empty as e:
    print('Empty', repr(e))

b = queue.Queue(maxsize=2)
b.put('a'); b.put_nowait('b')
print(b.full(), b.qsize(), b.maxsize)
try:
    b.put_nowait('c')
except queue.Full:
    print('Full from put_nowait')
try:
    b.put('c', timeout=0.02)
except queue.Full:
    print('Full after timeout')
try:
    b.put('c', block=False)
except queue.Full:
    print('Full non-blocking')
for bad in (lambda: b.put('c', timeout=-1), lambda: b.get(timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
print(b.get(), b.get(), b.empty())

# A blocked put resumes when a consumer makes room.
log = []
def slow_consumer():
    log.append(('got', b2.get()))
b2 = queue.Queue(1)
b2.put(1)
t = threading.Thread(target=slow_consumer)
t.start()
b2.put(2)           # blocks until the consumer took 1
t.join()
log.append(('left', b2.get()))
print(log)

lq = queue.LifoQueue()
for i in 'abc':
    lq.put(i)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(5, 'e'), (1, 'a'), (3, 'c'), (2, 'b'), (4, 'd'), (1, 'a0')]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
pq2 = queue.PriorityQueue()
for x in [9, 3, 7, 1, 8, 2, 6, 4, 5, 0] * 3:
    pq2.put(x)
print([pq2.get_nowait() for _ in range(30)])

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1))
try:
    sq.get(timeout=0.02)
except queue.Empty:
    print('SimpleQueue Empty after timeout')
try:
    sq.get(False)
except queue.Empty:
    print('SimpleQueue Empty non-blocking')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)

# task_done / join
jq = queue.Queue()
try:
    jq.task_done()
except ValueError as e:
    print('ValueError:', e)
done = []
def worker():
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        done.append(item * 2)
        jq.task_done()
t = threading.Thread(target=worker); t.start()
for i in range(10):
    jq.put(i)
jq.join()
print('after join:', sorted(done), jq.unfinished_tasks)
jq.put(None)
t.join()
print(jq.unfinished_tasks)

# shutdown: puts fail, gets drain what is left then fail; immediate drops the items.
sq2 = queue.Queue()
sq2.put('x'); sq2.put('y')
sq2.shutdown()
try:
    sq2.put('z')
except queue.ShutDown:
    print('ShutDown on put')
print(sq2.get(), sq2.get())
try:
    sq2.get()
except queue.ShutDown:
    print('ShutDown on get of empty queue')
iq = queue.Queue()
for i in range(3):
    iq.put(i)
iq.shutdown(immediate=True)
print(iq.qsize(), iq.unfinished_tasks)
iq.join()
print('join returns after immediate shutdown')

# shutdown wakes a blocked getter.
wq = queue.Queue()
res = []
def blocked_get():
    try:
        wq.get()
    except queue.ShutDown:
        res.append('ShutDown')
t = threading.Thread(target=blocked_get); t.start()
t.join(0.05)
wq.shutdown()
t.join()
print(res)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception),
      issubclass(queue.ShutDown, Exception))
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))

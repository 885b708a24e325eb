# Cross-interpreter queues: put/get across interpreters, maxsize, *_nowait, blocking with a
# timeout, QueueEmpty/QueueFull, and a blocked get() woken by another thread's put().
# Expected output written by hand from the CPython 3.14 documentation.
from concurrent import interpreters
import queue
import threading
import time

q = interpreters.create_queue()
print('empty', q.empty(), q.qsize(), q.full(), q.maxsize)
for v in [None, True, 7, -2**70, 1.5, 'é', b'\x00\xff', (1, ('x',)), ()]:
    q.put(v)
print('qsize', q.qsize())
print([q.get() for _ in range(9)])

try:
    q.get_nowait()
except interpreters.QueueEmpty as e:
    print('QueueEmpty', isinstance(e, queue.Empty), isinstance(e, interpreters.InterpreterError))
t0 = time.monotonic()
try:
    q.get(timeout=0.2)
except interpreters.QueueEmpty:
    print('get timeout waited', time.monotonic() - t0 >= 0.15)

small = interpreters.create_queue(maxsize=2)
small.put(1)
small.put_nowait(2)
print('full', small.full(), small.qsize(), small.maxsize)
try:
    small.put_nowait(3)
except interpreters.QueueFull as e:
    print('QueueFull', isinstance(e, queue.Full))
try:
    small.put(3, timeout=0.1)
except interpreters.QueueFull:
    print('put timeout')
print(small.get(), small.get(), small.empty())

# A queue crosses to other interpreters and stays the same queue.
a = interpreters.create()
b = interpreters.create()
inbox = interpreters.create_queue()
outbox = interpreters.create_queue()
a.prepare_main(inbox=inbox, outbox=outbox)
b.prepare_main(outbox=outbox)

def consumer():
    a.exec('''
total = 0
while True:
    item = inbox.get()
    if item is None:
        break
    total += item
outbox.put(('a', total))
''')

t = threading.Thread(target=consumer)
t.start()
for i in range(1000):
    inbox.put(i)
time.sleep(0.05)
inbox.put(None)
t.join()
print('consumer', outbox.get(timeout=5))
b.exec('outbox.put(("b", outbox.qsize()))')
print('from b', outbox.get())

# A get() blocked in one interpreter is woken by a put() from another thread.
ping = interpreters.create_queue()
b.prepare_main(ping=ping)
def late_put():
    time.sleep(0.1)
    ping.put('pong')
threading.Thread(target=late_put).start()
b.exec('outbox.put(ping.get(timeout=5))')
print('woken', outbox.get())

# Queues inside tuples and as call() arguments.
def relay(src, dst):
    dst.put(src.get() * 2)
    return 'relayed'
src = interpreters.create_queue()
src.put(21)
print(a.call(relay, src, outbox), outbox.get())
print('bad timeout', end=' ')
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
try:
    q.put(lambda: 1)
except interpreters.NotShareableError as e:
    print('NotShareableError', type(e).__name__)
a.close()
b.close()
print('done')

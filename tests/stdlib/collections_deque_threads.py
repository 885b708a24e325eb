# deque operations are atomic: concurrent appends and pops never lose or duplicate an item.
import threading
from collections import deque

d = deque()
N, T = 3000, 4

def producer(base):
    for i in range(N):
        d.append(base + i)
        if i % 2:
            d.appendleft(-(base + i))

threads = [threading.Thread(target=producer, args=(k * N,)) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), sum(x for x in d if x >= 0) == sum(range(N * T)))

popped = []
def consumer():
    got = []
    while True:
        try:
            got.append(d.pop())
        except IndexError:
            break
    popped.append(got)

threads = [threading.Thread(target=consumer) for _ in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
flat = [x for got in popped for x in got]
print(len(flat), len(set(flat)), len(d))

bounded = deque(maxlen=100)
def filler():
    for i in range(5000):
        bounded.append(i)
threads = [threading.Thread(target=filler) for _ in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(bounded), bounded.maxlen)

# ft: 8 threads write 100_000 distinct keys each (plus shared keys) into one dict and one set.
import threading

N_THREADS = 8
N = 100_000
d = {}
s = set()


def dict_worker(t):
    base = t * N
    for i in range(N):
        d[base + i] = i
        if i % 100 == 0:
            d[i % 1000] = t  # shared keys: every thread writes them


def set_worker(t):
    add = s.add
    base = t * N
    for i in range(N):
        add(base + i)


for target in (dict_worker, set_worker):
    threads = [threading.Thread(target=target, args=(t,)) for t in range(N_THREADS)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()

print(len(d))
print(all(d[t * N + 5] == 5 for t in range(1, N_THREADS)))
print(len(s))
print(min(s), max(s))

# Concurrent deletes: each key is deleted by exactly one thread; pop with a default never fails.
keys = list(range(50_000))
for k in keys:
    d[k] = k


def deleter(t):
    for k in range(t, 50_000, 4):
        del d[k]
        d.pop(k, None)


threads = [threading.Thread(target=deleter, args=(t,)) for t in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(d), any(k in d for k in range(50_000)))

# ft: 8 threads append 100_000 items each to one shared list; nothing is lost or duplicated.
import threading

N_THREADS = 8
N = 100_000
shared = []


def worker(t):
    append = shared.append
    base = t * N
    for i in range(N):
        append(base + i)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print(len(shared))
print(sum(shared) == sum(range(N_THREADS * N)))
print(len(set(shared)))
# Per thread, items keep their order.
last = [-1] * N_THREADS
ordered = True
for x in shared:
    t = x // N
    if x <= last[t]:
        ordered = False
    last[t] = x
print(ordered)

# Mixed mutations: each thread appends 2 and pops 1, so the final length is exact.
mixed = list(range(1000))


def churn(t):
    for i in range(5_000):
        mixed.append(i)
        mixed.append(-i)
        mixed.pop()
        mixed.insert(0, t)
        del mixed[0]


threads = [threading.Thread(target=churn, args=(t,)) for t in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(mixed))

# 8 threads appending to one list, setting keys of one dict and adding to one set at the
# same time: single operations on built-in containers are atomic, nothing is lost.
import threading

N_THREADS, N = 8, 20_000
shared_list = []
shared_dict = {}
shared_set = set()
start = threading.Barrier(N_THREADS)

def worker(k):
    start.wait()
    base = k * N
    app = shared_list.append
    add = shared_set.add
    for i in range(base, base + N):
        app(i)
        shared_dict[i] = k
        add(i)

ts = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
total = N_THREADS * N
print(len(shared_list), len(shared_dict), len(shared_set))
print(sorted(shared_list) == list(range(total)), sum(shared_dict.values()) == N * sum(range(N_THREADS)))
print(shared_set == set(range(total)))

# Concurrent pops and appends on one list keep every element exactly once.
src = list(range(total))
dst = []
def mover():
    while True:
        try:
            x = src.pop()
        except IndexError:
            return
        dst.append(x)
ts = [threading.Thread(target=mover) for _ in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(len(src), len(dst), sorted(dst) == list(range(total)))

# Concurrent updates to distinct keys plus deletes.
d = {i: 0 for i in range(1000)}
def churn(k):
    for i in range(k, 1000, N_THREADS):
        for _ in range(20):
            d[i] += 1
        if i % 2:
            del d[i]
ts = [threading.Thread(target=churn, args=(k,)) for k in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), sum(d.values()))

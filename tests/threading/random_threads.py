# Several threads share one Random (must not crash or corrupt state on the ft build) and each
# also drives its own seeded Random (must give CPython's exact sequence).
import random
import threading

shared = random.Random(5)
results = {}


def work(k):
    own = random.Random(k)
    seq = [own.randint(0, 1000) for _ in range(200)]
    ok = True
    for _ in range(2000):
        x = shared.random()
        if not 0.0 <= x < 1.0:
            ok = False
        shared.getrandbits(70)
    results[k] = (seq[:5], sum(seq), ok)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])

# pickle: threads pickling and unpickling shared objects at the same time (ft: no shared pickler state).
import pickle, threading
class P:
    def __init__(self, i):
        self.i = i
        self.items = [i, str(i), (i, i * 1.5), {'k': i}]
shared = [P(i) for i in range(50)]
errors = []
def work(n):
    for r in range(30):
        d = pickle.dumps(shared, r % 6)
        back = pickle.loads(d)
        if [x.items for x in back] != [x.items for x in shared]:
            errors.append(n)
ts = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('errors', errors)

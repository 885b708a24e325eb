# The type attribute cache under threads: readers that look attributes up while another thread
# changes the class must see every change, in order, and end with the final state.
import threading

class Base:
    val = 0
    def get(self):
        return self.val

class Sub(Base):
    pass

FINAL = 2000
start = threading.Barrier(5)
results = [None] * 4

def reader(k):
    o = Sub() if k % 2 else Base()
    start.wait()
    last = -1
    monotonic = True
    while True:
        v = o.val
        if v < last:
            monotonic = False
        last = v
        if v == FINAL:
            break
    # A method replaced at the end must be seen as well.
    while o.get() != "patched":
        pass
    results[k] = (monotonic, last)

threads = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
start.wait()
for i in range(1, FINAL + 1):
    Base.val = i
Base.get = lambda self: "patched"
for t in threads:
    t.join()
print(results)
print(Sub().get(), Base.val)

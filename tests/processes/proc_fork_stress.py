# fork repeatedly while 3 threads mutate a shared list and dict (ft: inside their critical
# sections): every child must be able to use those same objects, import and start a thread.
import os, threading, warnings, sys
warnings.simplefilter("ignore")
shared_l = []
shared_d = {}
stop = False
def w(i):
    n = 0
    while not stop:
        shared_l.append(n); shared_d[n % 100] = i
        if len(shared_l) > 1000: shared_l.clear()
        sorted(shared_d.items())
        n += 1
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
bad = 0
for k in range(8):
    pid = os.fork()
    if pid == 0:
        shared_l.append(1); shared_d[5] = 1; list(shared_d); shared_l.sort()
        import json
        t = threading.Thread(target=lambda: shared_l.append(2)); t.start(); t.join()
        os._exit(7)
    st = os.waitpid(pid, 0)[1]
    if os.waitstatus_to_exitcode(st) != 7: bad += 1
stop = True
for t in ts: t.join()
print("bad", bad)

# Many _thread threads increment a lock-protected counter; the total must be exact.
import _thread
import time

N_THREADS = 8
N_ITERS = 5000

counter = 0
lock = _thread.allocate_lock()
done_lock = _thread.allocate_lock()
done = 0
idents = []
# Every worker stays alive until all have started, so their idents are distinct (an exited
# thread's ident may be reused).
gate = _thread.allocate_lock()
gate.acquire()


def worker(n, step):
    global counter, done
    with done_lock:
        idents.append(_thread.get_ident())
    with gate:
        pass
    for _ in range(n):
        with lock:
            counter += step
    with done_lock:
        done += 1


for i in range(N_THREADS):
    ident = _thread.start_new_thread(worker, (N_ITERS,), {"step": 1})
    assert isinstance(ident, int) and ident > 0
gate.release()

deadline = time.monotonic() + 30
while True:
    with done_lock:
        if done == N_THREADS:
            break
    if time.monotonic() > deadline:
        print("timed out")
        break
    time.sleep(0.001)

print("counter", counter, counter == N_THREADS * N_ITERS)
print("distinct idents", len(set(idents)))
print("main ident not a worker", _thread.get_ident() not in idents)
# Threads may still be unwinding after their last statement: wait for _count() to drop.
while _thread._count() and time.monotonic() < deadline:
    time.sleep(0.001)
print("count after", _thread._count())

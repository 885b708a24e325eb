# _thread.RLock: reentrancy, ownership, errors, contention.
import _thread
import time

r = _thread.RLock()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
me = _thread.get_ident()
print(repr(r).startswith("<locked _thread.RLock object owner=%d count=2 at 0x" % me))
r.release()
print(r._recursion_count(), r._is_owned())
r.release()
print(r._recursion_count(), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested", r._recursion_count())
print(r._is_owned())

r.acquire()
r.acquire()
state = r._release_save()
print(state[0], state[1] == me, r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    r._acquire_restore(3)
except TypeError as e:
    print("TypeError:", e)

# Another thread cannot release it and cannot take it while we hold it.
r.acquire()
out = []
done = _thread.allocate_lock()
done.acquire()


def other():
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r._is_owned())
    out.append(r.acquire(timeout=0.02))
    out.append(r.acquire(False))
    done.release()


_thread.start_new_thread(other, ())
done.acquire()
print(out)
r.release()

# Contention: many threads, nested acquires, exact total.
total = 0
finished = [0]
fin_lock = _thread.allocate_lock()


def worker():
    global total
    for _ in range(2000):
        with r:
            with r:
                total += 1
    with fin_lock:
        finished[0] += 1


for _ in range(4):
    _thread.start_new_thread(worker, ())
deadline = time.monotonic() + 30
while time.monotonic() < deadline:
    with fin_lock:
        if finished[0] == 4:
            break
    time.sleep(0.001)
print("total", total)

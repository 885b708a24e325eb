# _thread.lock semantics and error messages.
import _thread
import time

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock) is _thread.LockType, _thread.LockType is _thread.lock)
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
print(lock.locked(), lock.acquire(), lock.locked())
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(0))
t0 = time.monotonic()
print(lock.acquire(timeout=0.05), lock.acquire(True, 0.02))
print("waited", time.monotonic() - t0 >= 0.06)
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(_thread.error is RuntimeError)

for args, kwargs in [((), {"timeout": -2}), ((), {"timeout": -0.5}), ((False, 1), {}),
                     ((), {"timeout": float("nan")}), ((), {"timeout": "1"}),
                     ((1, 2, 3), {}), ((False,), {"timeout": 0})]:
    try:
        print(lock.acquire(*args, **kwargs))
        lock.release()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

print(lock.acquire(timeout=-1), lock.locked())
lock.release()
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())
print(lock.__enter__(), lock.__exit__(None, None, None), lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock(), lock.locked())
l2 = _thread.lock()
print(l2.locked(), _thread.TIMEOUT_MAX)

# A lock released by another thread wakes a waiter.
lock.acquire()
order = []


def releaser():
    time.sleep(0.05)
    order.append("release")
    lock.release()


_thread.start_new_thread(releaser, ())
print(lock.acquire(timeout=10))
order.append("acquired")
print(order)
lock.release()

# A lock as a one-shot event between threads.
ev = _thread.allocate_lock()
ev.acquire()
result = []


def setter(value):
    result.append(value * 2)
    ev.release()


_thread.start_new_thread(setter, (21,))
ev.acquire()
print(result)

# get_ident / get_native_id / kwargs / sys switch interval / sleep in threads.
import _thread
import sys
import time

print(type(_thread.get_ident()), type(_thread.get_native_id()))
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in [0, -1]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.setswitchinterval(0.005)
print(isinstance(sys._is_gil_enabled(), bool))

results = {}
lock = _thread.allocate_lock()


def work(name, *rest, sep="-", **kw):
    time.sleep(0.01)
    with lock:
        results[name] = (rest, sep, sorted(kw.items()), _thread.get_ident() != main,
                         _thread.get_native_id() != main_native)


main = _thread.get_ident()
main_native = _thread.get_native_id()
_thread.start_new_thread(work, ("a", 1, 2), {"sep": "+", "z": 1, "y": 2})
_thread.start_new_thread(work, ("b",))
deadline = time.monotonic() + 10
while len(results) < 2 and time.monotonic() < deadline:
    time.sleep(0.001)
for k in sorted(results):
    print(k, results[k])

# Deep recursion in a thread: RecursionError, not a crash.
out = []


def rec(n):
    return rec(n + 1) + 1


def deep():
    try:
        rec(0)
    except RecursionError as e:
        out.append(str(e))


_thread.start_new_thread(deep, ())
while not out and time.monotonic() < deadline:
    time.sleep(0.001)
print(out)

# Sleeping threads all run concurrently: 10 x 0.1 s takes well under 1 s.
t0 = time.monotonic()
done = []


def sleeper():
    time.sleep(0.1)
    with lock:
        done.append(1)


for _ in range(10):
    _thread.start_new_thread(sleeper, ())
while len(done) < 10 and time.monotonic() < deadline:
    time.sleep(0.001)
print(len(done), time.monotonic() - t0 < 0.8)

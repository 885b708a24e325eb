# An uncaught exception in a _thread thread is printed (stderr); SystemExit ends it silently.
import _thread
import time

lock = _thread.allocate_lock()
events = []


def fails(x):
    events.append("fails")
    raise ValueError("boom %d" % x)


def exits():
    events.append("exits")
    _thread.exit()
    events.append("not reached")


def exits_code():
    events.append("exits_code")
    raise SystemExit(3)


for f, a in [(exits, ()), (exits_code, ()), (fails, (7,))]:
    _thread.start_new_thread(f, a)
    deadline = time.monotonic() + 10
    while len(events) < 1 and time.monotonic() < deadline:
        time.sleep(0.001)
    while _thread._count() and time.monotonic() < deadline:
        time.sleep(0.001)
    print(events)
    events.clear()

for bad in [(1, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
print(_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(0), _thread.stack_size())
print("main still running")

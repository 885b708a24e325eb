# SIGALRM interrupting blocking calls: time.sleep, Lock.acquire, signal.pause, os.read on a pipe.
# A handler that raises ends the wait; one that returns lets the wait resume (PEP 475).
import os
import signal
import threading
import time


class Alarm(Exception):
    pass


def raise_alarm(signum, frame):
    raise Alarm(signal.Signals(signum).name)


signal.signal(signal.SIGALRM, raise_alarm)

# signal.alarm (whole seconds) interrupting a long sleep.
t0 = time.monotonic()
signal.alarm(1)
try:
    time.sleep(30)
    print("not reached")
except Alarm as e:
    print("sleep interrupted by", e, 0.5 < time.monotonic() - t0 < 5)
print("alarm left:", signal.alarm(0))

# setitimer for shorter waits.
def interrupted(what, fn):
    t0 = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        fn()
        print(what, "not interrupted")
    except Alarm as e:
        print(what, "interrupted by", e, time.monotonic() - t0 < 5)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


lock = threading.Lock()
lock.acquire()
interrupted("lock.acquire", lock.acquire)
interrupted("signal.pause", signal.pause)
r, w = os.pipe()
interrupted("os.read", lambda: os.read(r, 10))
ev = threading.Event()
interrupted("Event.wait", ev.wait)

# A handler that returns: the sleep goes on for its whole length.
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.02)
time.sleep(0.2)
elapsed = time.monotonic() - t0
print("sleep resumed:", hits, elapsed >= 0.19)
signal.setitimer(signal.ITIMER_REAL, 0.02)
got = lock.acquire(timeout=0.2)
print("acquire with timeout after handler:", got, hits)
os.write(w, b"x")
print(os.read(r, 1))
print(signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGALRM, signal.SIG_DFL)

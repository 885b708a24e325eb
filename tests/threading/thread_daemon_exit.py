# The process ends while _thread threads still run (they are not joined): a computing thread,
# a sleeping one and one blocked on a lock must not delay or crash the exit.
import _thread
import time

started = []
blocker = _thread.allocate_lock()
blocker.acquire()


def spin():
    started.append("spin")
    x = 0
    while True:
        x = (x + 1) % 1000


def sleeper():
    started.append("sleep")
    time.sleep(1000)


def waiter():
    started.append("wait")
    blocker.acquire()


def printer():
    started.append("print")
    while True:
        print("", end="")


for f in (spin, sleeper, waiter, printer):
    _thread.start_new_thread(f, ())
deadline = time.monotonic() + 10
while len(started) < 4 and time.monotonic() < deadline:
    time.sleep(0.001)
print(sorted(started))
print(_thread._count())
print("main done")

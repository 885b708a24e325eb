# signal.set_wakeup_fd (the signal number is written to the fd), pthread_sigmask blocking and
# unblocking (a blocked signal stays pending, its handler runs on unblock), sigpending,
# siginterrupt, and set_wakeup_fd's checks.
import os
import signal
import threading

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(signal.Signals(s).name))
signal.signal(signal.SIGUSR2, lambda s, f: got.append(signal.Signals(s).name))

r, w = os.pipe()
os.set_blocking(w, False)
print("old fd:", signal.set_wakeup_fd(w))
os.kill(os.getpid(), signal.SIGUSR1)
print(got, os.read(r, 10) == bytes([signal.SIGUSR1]))
print("previous:", signal.set_wakeup_fd(-1) == w)
os.kill(os.getpid(), signal.SIGUSR2)
print(got)
os.set_blocking(r, True)
try:
    signal.set_wakeup_fd(r + 1000)
except (ValueError, OSError) as e:
    print(type(e).__name__, e)
try:
    signal.set_wakeup_fd(r)
except ValueError as e:
    print("ValueError", e.args[0].startswith("the fd") and "non-blocking" in e.args[0])
os.close(r)
os.close(w)

old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print("old mask:", old)
os.kill(os.getpid(), signal.SIGUSR1)
print("while blocked:", got, signal.SIGUSR1 in signal.sigpending())
mask = signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print("mask was:", mask)
print("after unblock:", got, signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))

signal.siginterrupt(signal.SIGUSR1, False)
signal.siginterrupt(signal.SIGUSR1, True)

errors = []
def in_thread():
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as e:
        errors.append(str(e))
t = threading.Thread(target=in_thread)
t.start()
t.join()
print(errors)
for bad in ([0], [100], ["x"]):
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# The signal module: handlers run in the main thread (os.kill to ourselves, raise_signal),
# getsignal/SIG_DFL/SIG_IGN, the Signals enum, strsignal, valid_signals, error messages.
import os
import signal
import threading

print(repr(signal.SIGINT), str(signal.SIGINT), signal.SIGINT.name, int(signal.SIGTERM))
print(repr(signal.Signals(6)), repr(signal.Signals(17)), repr(signal.Signals(29)))
print(signal.SIGIOT is signal.SIGABRT, signal.SIGCLD is signal.SIGCHLD, signal.SIGPOLL is signal.SIGIO)
print(signal.SIGKILL == 9, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGCHLD)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), type(signal.SIG_DFL).__name__)
print(signal.Handlers.SIG_IGN == 1, signal.Sigmasks.SIG_BLOCK == signal.SIG_BLOCK)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.default_int_handler)
print([signal.strsignal(s) for s in (signal.SIGHUP, signal.SIGINT, signal.SIGKILL, signal.SIGUSR1,
                                      signal.SIGTERM, signal.SIGALRM, signal.SIGCHLD)])
valid = signal.valid_signals()
print(len(valid), signal.SIGINT in valid, min(valid), max(valid), signal.NSIG)
print(signal.SIGRTMIN, signal.SIGRTMAX)

got = []


def handler(signum, frame):
    got.append(signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
print("old:", repr(old))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill:", got)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal:", got)
signal.signal(signal.SIGUSR2, handler)
os.kill(os.getpid(), signal.SIGUSR2)
for _ in range(10):   # the handler runs between bytecodes too
    pass
print("after SIGUSR2:", got)

# SIG_IGN: nothing happens; SIG_DFL restored after.
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored:", got)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))


# A handler that raises: the exception comes out where the main thread was.
class Boom(Exception):
    pass


def raiser(signum, frame):
    raise Boom(f"signal {signum}")


signal.signal(signal.SIGUSR2, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for _ in range(1000):
        pass
    print("not reached")
except Boom as e:
    print("Boom:", e)

# SIGINT: default_int_handler raises KeyboardInterrupt; a Python handler replaces it.
try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
print("SIGINT handled:", got[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("direct:", repr(e))

# Errors.
for bad in (0, -1, 65, 1000):
    try:
        signal.signal(bad, signal.SIG_DFL)
    except ValueError as e:
        print("ValueError", e)
for h in (5, "x", None):
    try:
        signal.signal(signal.SIGUSR1, h)
    except TypeError as e:
        print("TypeError", e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(type(e).__name__, e)
try:
    signal.strsignal(0)
except ValueError as e:
    print("ValueError", e)
try:
    signal.getsignal(70)
except ValueError as e:
    print("ValueError", e)

errors = []


def in_thread():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=in_thread)
t.start()
t.join()
print(errors)

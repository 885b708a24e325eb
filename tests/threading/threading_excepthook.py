# threading.excepthook: custom hooks get ExceptHookArgs; the default one prints
# "Exception in thread NAME:" and the traceback to stderr (its last line is checked).
import sys
import threading

print(threading.excepthook is threading.__excepthook__)
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None, len(args)))
threading.excepthook = hook

def fail(msg):
    raise ValueError(msg)
t = threading.Thread(target=fail, args=('first',), name='failing')
t.start(); t.join()
print(caught, t.is_alive())

# SystemExit raised in a thread is passed to the hook too.
t = threading.Thread(target=sys.exit, args=(3,), name='exiting')
t.start(); t.join()
print(caught[-1][:3])

# A hook that raises: the error is reported through sys.excepthook.
def broken_hook(args):
    raise RuntimeError('hook failed')
reported = []
def sys_hook(tp, value, tb):
    reported.append((tp.__name__, str(value)))
old_sys_hook = sys.excepthook
sys.excepthook = sys_hook
threading.excepthook = broken_hook
t = threading.Thread(target=fail, args=('second',)); t.start(); t.join()
print(reported)
sys.excepthook = old_sys_hook

# The default hook ignores SystemExit ...
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(0,)); t.start(); t.join()
print('SystemExit was silent')
sys.stdout.flush()

# ... and prints everything else to stderr; the program still runs to the end.
class CustomError(Exception):
    pass
def deep(n):
    if n == 0:
        raise CustomError('thread failed at depth 0')
    deep(n - 1)
t = threading.Thread(target=deep, args=(3,), name='worker-x')
t.start(); t.join()
print('main continues', t.is_alive())
sys.stdout.flush()
sys.exit(2)   # a non-zero status makes the test check stderr's last line

# Odds and ends of threading: dummy threads, hooks, uninitialised subclasses, module surface.
import _thread
import threading
import time

# A thread started directly with _thread gets a dummy Thread object.
info = []
done = threading.Event()
def raw():
    t = threading.current_thread()
    info.append((type(t).__name__, t.name.startswith('Dummy-'), t.daemon, t.is_alive(),
                 t.ident == threading.get_ident()))
    try:
        t.join()
    except RuntimeError as e:
        info.append(str(e))
    done.set()
_thread.start_new_thread(raw, ())
done.wait(5)
print(info)

# Subclass that forgets to call Thread.__init__.
class Forgetful(threading.Thread):
    def __init__(self):
        pass
try:
    Forgetful().start()
except RuntimeError as e:
    print('RuntimeError:', e)

# Trace/profile hooks are stored and reported.
def tracer(frame, event, arg):
    return None
print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

# ExceptHookArgs
args = threading.ExceptHookArgs((ValueError, ValueError('v'), None, None))
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread, len(args))
try:
    threading.ExceptHookArgs((1, 2))
except TypeError:
    print('TypeError for a 2-sequence')

# The module surface
for name in ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
             'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
             'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
             'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local',
             'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace']:
    assert name in threading.__all__, name
    assert hasattr(threading, name), name
print('module surface ok')
print(threading.ThreadError is _thread.error, threading.get_ident is _thread.get_ident)

# A lock type check and the lock factory
lk = threading.Lock()
print(type(lk) is type(_thread.allocate_lock()), lk.acquire(), lk.locked())
lk.release()

# Threads started in a loop and joined in reverse order all finish.
out = []
ts = [threading.Thread(target=out.append, args=(i,)) for i in range(20)]
for t in ts: t.start()
for t in reversed(ts): t.join()
print(sorted(out) == list(range(20)), any(t.is_alive() for t in ts))

# A thread can outlive a short join timeout and is counted by active_count().
ev = threading.Event()
before = threading.active_count()
t = threading.Thread(target=ev.wait, args=(5,), daemon=True)
t.start()
during = threading.active_count()
t.join(timeout=0.01)
print(t.is_alive(), during - before, t in threading.enumerate())
ev.set(); t.join()
print(t.is_alive(), threading.active_count() - before, t in threading.enumerate())

"""Thread objects and synchronisation primitives on top of the native _thread module.

Written for Weft; the public API and the observable behaviour (names, reprs, error messages)
follow CPython 3.13's threading module.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace',
           'setprofile_all_threads', 'settrace_all_threads']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
try:
    get_native_id = _thread.get_native_id
except AttributeError:
    def get_native_id():
        return _thread.get_ident()
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
# The lock type is a class in CPython 3.13 (threading.Lock() and isinstance checks).
_LockType = getattr(_thread, 'LockType', None)
Lock = _LockType if isinstance(_LockType, type) else _thread.allocate_lock
_count = getattr(_thread, '_count', None)
_HAVE_THREAD_NATIVE_ID = hasattr(_thread, 'get_native_id')
_CRLock = getattr(_thread, 'RLock', None)

# --- tracing and profiling hooks (stored; applied to threads started afterwards) -----------

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    settrace(func)
    if hasattr(_sys, 'settrace'):
        _sys.settrace(func)


def gettrace():
    return _trace_hook


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    setprofile(func)
    if hasattr(_sys, 'setprofile'):
        _sys.setprofile(func)


def getprofile():
    return _profile_hook


# --- RLock ------------------------------------------------------------------------------------

def RLock(*args, **kwargs):
    """Factory returning a reentrant lock: the native one when it supports Condition."""
    if _CRLock is None or not hasattr(_CRLock, '_is_owned'):
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _PyRLock:
    """Reentrant lock written in Python: an owner ident and a recursion count over a plain lock."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def _at_fork_reinit(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    # Used by Condition: drop every recursion level while waiting, then restore them.
    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock.__module__ = 'threading'
_PyRLock.__qualname__ = 'RLock'


# --- Condition --------------------------------------------------------------------------------

class Condition:
    """A condition variable: threads wait() until another thread notify()s them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know how to save/restore their recursion state provide these hooks.
        for hook in ('_release_save', '_acquire_restore', '_is_owned'):
            meth = getattr(lock, hook, None)
            if meth is not None:
                setattr(self, hook, meth)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters = []

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: if we can take it, nobody (so not us) held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        got = False
        try:
            # notify() releases `waiter`; taking it a second time is the wake-up.
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(state)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if endtime is None:
                    endtime = _time() + remaining
                else:
                    remaining = endtime - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # Already released (the waiter timed out concurrently): not a wake-up.
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('Condition.notifyAll', 'notify_all')
        self.notify_all()


def _deprecated(old, new):
    try:
        import warnings
    except Exception:
        return
    warnings.warn('%s() is deprecated, use %s() instead' % (old, new),
                  DeprecationWarning, stacklevel=3)


# --- Semaphores -------------------------------------------------------------------------------

class Semaphore:
    """A counter: acquire() blocks while it is zero, release() increments it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s>" % (cls.__module__, cls.__qualname__,
                                            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                got = True
        return got

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s/%s>" % (cls.__module__, cls.__qualname__, hex(id(self)),
                                               self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# --- Event ------------------------------------------------------------------------------------

class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %s: %s>" % (cls.__module__, cls.__qualname__, hex(id(self)), status)

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('Event.isSet', 'is_set')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait_for(lambda: self._flag, timeout)
            return signaled


# --- Barrier ----------------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


# Barrier states: threads arrive while filling, leave while draining.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets a fixed number of threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %s: broken>" % (cls.__module__, cls.__qualname__, hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (cls.__module__, cls.__qualname__, hex(id(self)),
                                                 self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_for_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_for_filling(self):
        # A thread arriving while the previous round drains or resets waits for it to finish.
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out of a drained or reset barrier opens it for the next round.
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING:
                    self._state = _RESETTING
                elif self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# --- thread registry --------------------------------------------------------------------------

_counter = 0
_counter_lock = _allocate_lock()


def _newname(name_template="Thread-%d"):
    global _counter
    with _counter_lock:
        _counter += 1
        return name_template % _counter


_active_limbo_lock = RLock()
_active = {}     # ident -> Thread, for running threads
_limbo = {}      # Thread -> Thread, started but not yet running
_shutting_down = False
_threading_atexits = []


# --- Thread -----------------------------------------------------------------------------------

class Thread:
    """A thread of control: pass `target` or override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = None            # a lock held while the thread runs; join() waits for it
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_done():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        self._done = done
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            self._done = None
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so a finished thread does not keep its arguments alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._finish()

    def _finish(self):
        ident = self._ident
        _local_thread_exit(ident)
        with _active_limbo_lock:
            if _active.get(ident) is self:
                del _active[ident]
        self._is_stopped = True
        done = self._done
        if done is not None and done.locked():
            done.release()

    def _is_done(self):
        if self._is_stopped:
            return True
        return False

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        done = self._done
        if done is None:
            return
        if timeout is None:
            got = done.acquire()
        else:
            got = done.acquire(True, max(timeout, 0))
        if got:
            # Leave the lock released so that other joiners wake up too.
            done.release()

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_done()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon', 'daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName', 'name attribute')
        return self.name

    def setName(self, name):
        _deprecated('setName', 'name attribute')
        self.name = name


def _daemon_threads_allowed():
    return True


# --- excepthook -------------------------------------------------------------------------------

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread)."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(args))
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % tuple(self))


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'


def excepthook(args, /):
    """Report an exception raised by Thread.run() on stderr (SystemExit is silent)."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        thread = args.thread
        stderr = getattr(thread, '_stderr', None) if thread is not None else None
        if stderr is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


def _print_exception(exc_type, exc_value, exc_tb, stderr):
    # sys.excepthook writes to sys.stderr; point it at the chosen stream meanwhile.
    hook = getattr(_sys, '__excepthook__', None) or getattr(_sys, 'excepthook', None)
    if hook is None:
        print("%s: %s" % (exc_type.__name__, exc_value), file=stderr)
        return
    saved = _sys.stderr
    if saved is stderr:
        hook(exc_type, exc_value, exc_tb)
        return
    try:
        _sys.stderr = stderr
        hook(exc_type, exc_value, exc_tb)
    finally:
        _sys.stderr = saved


__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Capture what the hook needs now: at interpreter exit module globals may be gone.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            exc_type, exc_value, exc_tb = sys_exc_info()
            hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            if local_sys is not None and local_sys.stderr is not None:
                local_print("Exception in threading.excepthook:",
                            file=local_sys.stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*sys_exc_info())
        finally:
            exc_type = exc_value = exc_tb = None

    return invoke_excepthook


# --- Timer ------------------------------------------------------------------------------------

class Timer(Thread):
    """Call a function after `interval` seconds unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# --- special thread objects -------------------------------------------------------------------

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        main_ident = getattr(_thread, '_main_thread_ident', None)
        self._ident = main_ident() if main_ident is not None else get_ident()
        self._native_id = get_native_id()
        done = _allocate_lock()
        done.acquire()
        self._done = done
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread not started by this module (e.g. by _thread.start_new_thread)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_daemon_threads_allowed())
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        if not self._is_stopped and self._started.is_set():
            return True
        raise RuntimeError("thread is not alive")

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


# --- module-level functions -------------------------------------------------------------------

def current_thread():
    """The Thread object of the calling thread (a dummy one for foreign threads)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread', 'current_thread')
    return current_thread()


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount', 'active_count')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """All alive Thread objects, including daemonic, dummy and main threads."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """Run func(*arg, **kwargs) at interpreter exit, before non-daemon threads are joined."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the runtime at exit: run the atexit hooks, then join non-daemon threads."""
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _shutting_down = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    main = _main_thread
    if main.ident == get_ident():
        main._is_stopped = True
        done = main._done
        if done is not None and done.locked():
            done.release()
    # Threads may start threads while we wait: loop until no non-daemon thread is left.
    while True:
        with _active_limbo_lock:
            pending = [t for t in _enumerate()
                       if not t._daemonic and t is not main and not isinstance(t, _DummyThread)
                       and not t._is_stopped]
        if not pending:
            break
        for t in pending:
            t.join()


# --- thread-local data ------------------------------------------------------------------------

# thread ident -> {id(impl): impl} for every _LocalImpl holding data of that thread, so a
# finished thread's values are dropped (its ident may be reused by a later thread).
_local_registry = {}


class _LocalImpl:
    """Per-thread attribute dictionaries of one `local` object, keyed by thread ident."""

    __slots__ = ('dicts', 'args', 'kwargs', 'lock')

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs
        self.lock = _allocate_lock()


def _local_thread_exit(ident):
    # A thread ident can be reused by a later thread: forget the finished thread's values.
    impls = _local_registry.pop(ident, None)
    if impls:
        for impl in list(impls.values()):
            impl.dicts.pop(ident, None)


def _local_dict(self):
    """The calling thread's attribute dict of local object `self` (created on first use)."""
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is None:
        d = {}
        with impl.lock:
            impl.dicts[ident] = d
        _local_registry.setdefault(ident, {})[id(impl)] = impl
        cls = type(self)
        # A subclass's __init__ runs again, with the original arguments, in each new thread.
        if cls.__init__ is not object.__init__ and getattr(impl, 'args', None) is not None:
            cls.__init__(self, *impl.args, **impl.kwargs)
    return d


def _class_lookup(cls, name):
    for klass in cls.__mro__:
        kd = klass.__dict__
        if name in kd:
            return True, kd[name]
    return False, None


class local:
    """Thread-local data: each thread sees its own attributes on the same object."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kw)
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread gets its dict now; __init__ runs for it through the normal call.
        ident = get_ident()
        impl.dicts[ident] = {}
        _local_registry.setdefault(ident, {})[id(impl)] = impl
        return self

    def __del__(self):
        # The object is gone: unregister its data from every thread that used it.
        try:
            impl = object.__getattribute__(self, '_local__impl')
        except AttributeError:
            return
        key = id(impl)
        try:
            for ident in list(impl.dicts):
                registered = _local_registry.get(ident)
                if registered is not None:
                    registered.pop(key, None)
        except Exception:
            pass    # at interpreter exit the module's globals may already be gone
        impl.dicts.clear()

    def __getattribute__(self, name):
        if name == '__dict__':
            return _local_dict(self)
        if name == '__class__':
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        cls = type(self)
        found, attr = _class_lookup(cls, name)
        if found:
            get = getattr(type(attr), '__get__', None)
            if get is not None and (hasattr(type(attr), '__set__')
                                    or hasattr(type(attr), '__delete__')):
                return get(attr, self, cls)
        if name in d:
            return d[name]
        if found:
            get = getattr(type(attr), '__get__', None)
            if get is not None:
                return get(attr, self, cls)
            return attr
        cname = '_thread._local' if cls is local else cls.__name__
        raise AttributeError("'%s' object has no attribute '%s'" % (cname, name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = _local_dict(self)
        found, attr = _class_lookup(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            type(attr).__set__(attr, self, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = _local_dict(self)
        found, attr = _class_lookup(type(self), name)
        if found and hasattr(type(attr), '__delete__'):
            type(attr).__delete__(attr, self)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


local.__module__ = '_thread'
local.__qualname__ = '_local'
local.__name__ = '_local'


# The main thread object; created when the module is first imported.
_main_thread = _MainThread()


def _after_fork(already_locked=False):
    """os.fork() child (called by os.fork): the calling thread is the only one left; it becomes
    the main thread, the others are marked stopped. Locks other threads may have held are
    replaced. (Added by proc.)"""
    global _active_limbo_lock, _main_thread, _shutting_down
    _active_limbo_lock = RLock()
    _shutting_down = False
    ident = get_ident()
    current = _active.get(ident)
    if current is None:
        current = _MainThread.__new__(_MainThread)
        Thread.__init__(current, name="MainThread", daemon=False)
        current._started.set()
        current._ident = ident
    current._native_id = get_native_id()
    for thread in list(_active.values()) + list(_limbo.values()):
        if thread is current:
            continue
        thread._is_stopped = True
        thread._done = None  # join() returns at once
    _limbo.clear()
    _active.clear()
    _active[ident] = current
    _main_thread = current

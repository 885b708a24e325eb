"""Locks, semaphores, conditions and events shared between processes (POSIX named semaphores
from _multiprocessing)."""

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

import sys
import threading
import time

import _multiprocessing

from . import context
from . import process
from . import util

SEM_VALUE_MAX = _multiprocessing.SEM_VALUE_MAX
RECURSIVE_MUTEX, SEMAPHORE = list(range(2))


class SemLock:

    def __init__(self, kind, value, maxvalue, *, ctx):
        if ctx is None:
            ctx = context._default_context.get_context()
        # A fork-only object needs no name after creation: unlink it at once (nothing to leak).
        self._is_fork_ctx = ctx.get_start_method() == 'fork'
        self._semlock = _multiprocessing.SemLock(kind, value, maxvalue, None, self._is_fork_ctx)
        self._make_methods()

    def _make_methods(self):
        self.acquire = self._semlock.acquire
        self.release = self._semlock.release

    def __enter__(self):
        return self._semlock.__enter__()

    def __exit__(self, *args):
        return self._semlock.__exit__(*args)

    def __getstate__(self):
        context.assert_spawning(self)
        sl = self._semlock
        if self._is_fork_ctx:
            raise RuntimeError('A SemLock created in a fork context is being '
                               'shared with a process in a spawn context. This is '
                               'not supported. Please use the same context to create '
                               'multiprocessing objects and Process.')
        return (sl.handle, sl.kind, sl.maxvalue, sl.name)

    def __setstate__(self, state):
        handle, kind, maxvalue, name = state
        self._semlock = _multiprocessing.sem_rebuild(kind, maxvalue, name)
        self._is_fork_ctx = False
        self._make_methods()


class Semaphore(SemLock):

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, value,
                                                 self._semlock.maxvalue)


def _owner_name():
    name = process.current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class Lock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock._is_mine():
                name = _owner_name()
            elif self._semlock._get_value() == 1:
                name = 'None'
            elif self._semlock._count() > 0:
                name = 'SomeOtherThread'
            else:
                name = 'SomeOtherProcess'
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock._is_mine():
                name = _owner_name()
                count = self._semlock._count()
            elif self._semlock._get_value() == 1:
                name, count = 'None', 0
            elif self._semlock._count() > 0:
                name, count = 'SomeOtherThread', 'nonzero'
            else:
                name, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition:
    """A condition variable over semaphores, usable across processes.

    Sleepers count themselves in _sleeping_count and wait on _wait_semaphore; notify() wakes up
    to n of them and waits until each has counted itself in _woken_count, so a notify is never
    lost and never wakes a later waiter."""

    def __init__(self, lock=None, *, ctx):
        self._lock = lock or ctx.RLock()
        self._sleeping_count = ctx.Semaphore(0)
        self._woken_count = ctx.Semaphore(0)
        self._wait_semaphore = ctx.Semaphore(0)
        self._make_methods()

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore)

    def __setstate__(self, state):
        (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore) = state
        self._make_methods()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        try:
            num_waiters = (self._sleeping_count._semlock._get_value() -
                           self._woken_count._semlock._get_value())
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        # Give the lock up completely (an RLock may be held several times), then take it back.
        depth = self._lock._semlock._count()
        for _ in range(depth):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for _ in range(depth):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # Sleepers that timed out counted themselves woken: take them off the sleeping count.
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire - res should not be False'
        woken = 0
        while woken < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            woken += 1
        if woken:
            for _ in range(woken):
                self._woken_count.acquire()
            # A waiter that timed out meanwhile left its wake-up unused: take it back.
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:

    def __init__(self, *, ctx):
        self._cond = ctx.Condition(ctx.Lock())
        self._flag = ctx.Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier:
    """A barrier for a fixed number of parties (state in shared memory)."""

    def __init__(self, parties, action=None, timeout=None, *, ctx):
        from .sharedctypes import RawArray
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._cond = ctx.Condition()
        self._array = RawArray('i', 2, ctx=ctx)   # [state, count]

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._parties, self._action, self._timeout, self._cond, self._array)

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout, self._cond, self._array) = state

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._array[1] if self._array[0] == 0 else 0

    @property
    def broken(self):
        return self._array[0] == -2

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._array[0] > 0:   # draining: wait for the previous round to leave
                self._cond.wait()
            if self._array[0] < 0:
                raise threading.BrokenBarrierError
            index = self._array[1]
            self._array[1] += 1
            try:
                if index + 1 == self._parties:
                    if self._action:
                        self._action()
                    self._array[0] = 1
                    self._cond.notify_all()
                else:
                    if not self._cond.wait_for(lambda: self._array[0] != 0, timeout):
                        self._array[0] = -2
                        self._cond.notify_all()
                        raise threading.BrokenBarrierError
                    if self._array[0] < 0:
                        raise threading.BrokenBarrierError
                return index
            finally:
                self._array[1] -= 1
                if self._array[1] == 0 and self._array[0] > 0:
                    self._array[0] = 0
                    self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._array[0] = -2
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            self._array[0] = 0
            self._array[1] = 0
            self._cond.notify_all()

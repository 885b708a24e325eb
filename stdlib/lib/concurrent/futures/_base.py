"""Future, Executor, wait() and as_completed(): the executor-independent part of
concurrent.futures (Weft; API and behaviour of CPython 3.13)."""

import sys
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# Future states.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                    # cancelled, waiters not yet told
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_NOTIFIED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)   # what wait()/as_completed() count as done


class _StderrLogger:
    """Stand-in for logging.getLogger("concurrent.futures") when logging is unavailable:
    prints like logging's last-resort handler (the message, then the traceback)."""

    disabled = False

    def _log(self, msg, args, exc_info):
        if self.disabled:
            return
        if args:
            msg = msg % args
        stream = sys.stderr
        if stream is None:
            return
        print(msg, file=stream)
        if exc_info:
            info = sys.exc_info()
            if info[0] is not None:
                hook = getattr(sys, '__excepthook__', None) or sys.excepthook
                hook(*info)
        stream.flush()

    def exception(self, msg, *args, exc_info=True):
        self._log(msg, args, exc_info)

    def error(self, msg, *args, exc_info=False):
        self._log(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=False):
        self._log(msg, args, exc_info)


try:
    import logging as _logging
    LOGGER = _logging.getLogger("concurrent.futures")
except Exception:       # no (or an incomplete) logging module
    LOGGER = _StderrLogger()


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


class DoneAndNotDoneFutures(tuple):
    """The result of wait(): (done, not_done), two sets of futures."""

    __slots__ = ()

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])

    def _asdict(self):
        return {'done': self[0], 'not_done': self[1]}

    _fields = ('done', 'not_done')


class _Waiter:
    """Collects futures as they finish, and sets `event` when the caller should wake up.

    kind is FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED or _AS_COMPLETED; `pending` is
    how many futures remain for ALL_COMPLETED/FIRST_EXCEPTION."""

    def __init__(self, kind, pending):
        self.kind = kind
        self.pending = pending
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _finished(self, future, raised):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            kind = self.kind
            if (kind in (FIRST_COMPLETED, _AS_COMPLETED)
                    or (kind == FIRST_EXCEPTION and raised)
                    or self.pending <= 0):
                self.event.set()

    def add_result(self, future):
        self._finished(future, False)

    def add_exception(self, future):
        self._finished(future, True)

    def add_cancelled(self, future):
        # A cancelled future completes, but it is not an exception for FIRST_EXCEPTION.
        self._finished(future, False)


class _AcquireFutures:
    """Holds the condition locks of several futures at once, always in the same order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(fs, kind, pending):
    waiter = _Waiter(kind, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` as they complete (finished or cancelled).

    Raises TimeoutError if not all of them are done within `timeout` seconds."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in _NOTIFIED_STATES)
        pending = fs - finished
        waiter = _install_waiter(pending, _AS_COMPLETED, len(pending))
    return _as_completed_gen(fs, total, list(finished), pending, waiter,
                             None if timeout is None else end_time)


def _as_completed_gen(fs, total, finished, pending, waiter, end_time):
    try:
        while True:
            while finished:
                f = finished.pop()
                pending.discard(f)
                yield f
                del f
            if not pending:
                return
            if end_time is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # Yield in completion order.
            finished.reverse()
    finally:
        _remove_waiter(fs, waiter)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for futures of `fs` to complete; returns DoneAndNotDoneFutures(done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in _NOTIFIED_STATES)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(f._state != CANCELLED_AND_NOTIFIED and f._exception is not None
                   for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError("Invalid return condition: %r" % return_when)
        waiter = _install_waiter(not_done, return_when, len(not_done))
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    with waiter.lock:
        done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Future:
    """The result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            where = hex(id(self))
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %s state=%s raised %s>' % (
                        self.__class__.__name__, where, state,
                        self._exception.__class__.__name__)
                return '<%s at %s state=%s returned %s>' % (
                    self.__class__.__name__, where, state, self._result.__class__.__name__)
            return '<%s at %s state=%s>' % (self.__class__.__name__, where, state)

    def cancel(self):
        """Cancel unless running or finished; returns whether the future is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def _get_result(self):
        if self._exception is not None:
            exc = self._exception
            try:
                raise exc
            finally:
                # Do not keep a reference cycle through the traceback's frames.
                exc = None
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (now, if it already is)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        try:
            with self._condition:
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._get_result()
                self._condition.wait(timeout)
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # For executors and tests only.

    def set_running_or_notify_cancel(self):
        """Mark as running (True), or, if cancelled, tell the waiters and return False."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(lambda cls, item: _generic_alias(cls, item))


def _generic_alias(cls, item):
    try:
        from types import GenericAlias
    except Exception:
        return cls
    return GenericAlias(cls, item)


class Executor:
    """Base class of the executors: submit() schedules a call, map() maps over iterables."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run concurrently; results come in order."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        # Pop from the end: reverse so the first result comes first.
        fs.reverse()

        def result_iterator():
            try:
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources; with wait, block until pending calls are done."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

"""InterpreterPoolExecutor: a thread pool whose every worker runs the calls in an interpreter
of its own (CPython 3.14's API), so CPU-bound calls run in parallel in the gil build too.

fn, its arguments and its result cross between interpreters as shareable copies or through
pickle (see concurrent.interpreters). An exception raised by fn is re-created in the caller when
it is a built-in exception (with __cause__ set to the ExecutionFailed that summarises it);
otherwise the future gets the ExecutionFailed itself.
"""

import builtins
import threading

from concurrent import interpreters
from . import thread as _thread


def _resolve(failed):
    """The exception to give the future for an ExecutionFailed from a worker."""
    info = failed.excinfo
    if info.type.__module__ == 'builtins':
        cls = getattr(builtins, info.type.__name__, None)
        if isinstance(cls, type) and issubclass(cls, BaseException):
            args = getattr(info, '_args', None)
            if args is None:
                args = (info.msg,) if info.msg else ()
            try:
                exc = cls(*args)
            except Exception:
                return failed
            exc.__cause__ = failed
            return exc
    return failed


class _InterpreterWorkItem(_thread._WorkItem):
    def __init__(self, executor, future, fn, args, kwargs):
        super().__init__(future, fn, args, kwargs)
        self.executor = executor

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            interp = self.executor._worker_interpreter()
            result = interp.call(self.fn, *self.args, **self.kwargs)
        except interpreters.ExecutionFailed as failed:
            self.future.set_exception(_resolve(failed))
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)
        self = None


class InterpreterPoolExecutor(_thread.ThreadPoolExecutor):
    """Executes calls asynchronously on worker threads, each in its own interpreter."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if isinstance(initializer, str):
            script = initializer
            if initargs:
                raise ValueError(f'an initializer script does not take args, got {initargs!r}')
            initializer = None
        else:
            script = None
        self._worker_init = (script, initializer, initargs)
        self._local = threading.local()
        self._interps = []
        self._interps_lock = threading.Lock()
        super().__init__(max_workers, thread_name_prefix, self._init_worker, ())

    def _init_worker(self):
        # Runs first in every worker thread: its interpreter, and the user's initializer there.
        script, initializer, initargs = self._worker_init
        interp = self._worker_interpreter()
        try:
            if script is not None:
                interp.exec(script)
            if initializer is not None:
                interp.call(initializer, *initargs)
        except interpreters.ExecutionFailed as failed:
            raise _resolve(failed)

    def _worker_interpreter(self):
        interp = getattr(self._local, 'interp', None)
        if interp is None:
            interp = interpreters.create()
            self._local.interp = interp
            with self._interps_lock:
                self._interps.append(interp)
        return interp

    def submit(self, fn, /, *args, **kwargs):
        if isinstance(fn, str):
            raise TypeError('scripts not supported')
        with self._shutdown_lock, _thread._global_shutdown_lock:
            if self._broken:
                raise _thread.BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _thread._shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _thread._base.Future()
            self._work_queue.put(_InterpreterWorkItem(self, f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = _thread._base.Executor.submit.__doc__

    def shutdown(self, wait=True, *, cancel_futures=False):
        super().shutdown(wait, cancel_futures=cancel_futures)
        if wait:
            # The workers are gone: their interpreters can go too.
            with self._interps_lock:
                interps, self._interps = self._interps, []
            for interp in interps:
                try:
                    interp.close()
                except interpreters.InterpreterError:
                    pass
    shutdown.__doc__ = _thread._base.Executor.shutdown.__doc__

"""ProcessPoolExecutor: calls run in worker processes (multiprocessing), results come back as
futures.

One manager thread per executor sends call items to the workers (at most max_workers + 1 in
flight, so queued work can still be cancelled), reads their results and watches the workers'
sentinels: a worker that dies (os._exit, a signal) breaks the pool, and every pending future
gets BrokenProcessPool instead of waiting forever. An exception raised in a worker comes back
with the worker's traceback text as its __cause__ (_RemoteTraceback)."""

__author__ = 'Weft'

import itertools
import os
import queue
import threading
import traceback

import multiprocessing as mp
from multiprocessing.connection import wait as _mp_wait

from concurrent.futures import _base

EXTRA_QUEUED_CALLS = 1

_global_shutdown = False
_executors = []   # live executors, shut down at interpreter exit


def _python_exit():
    global _global_shutdown
    if os.getpid() != _main_pid:
        return   # a forked child inherited the hook: the executors are its parent's
    _global_shutdown = True
    for ex in list(_executors):
        ex._wakeup.wakeup()
    for ex in list(_executors):
        t = ex._executor_manager_thread
        if t is not None:
            t.join()


_main_pid = os.getpid()
threading._register_atexit(_python_exit)


class _ThreadWakeup:
    """A pipe the manager thread waits on beside the result pipe and the worker sentinels."""

    def __init__(self):
        self._closed = False
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)
        os.set_blocking(self._w, False)
        self._lock = threading.Lock()

    def close(self):
        with self._lock:
            if not self._closed:
                self._closed = True
                os.close(self._r)
                os.close(self._w)

    def fileno(self):
        return self._r

    def wakeup(self):
        with self._lock:
            if not self._closed:
                try:
                    os.write(self._w, b'x')
                except BlockingIOError:
                    pass

    def clear(self):
        with self._lock:
            if not self._closed:
                try:
                    while os.read(self._r, 4096):
                        pass
                except BlockingIOError:
                    pass


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    def __init__(self, exc, tb):
        tb = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _ResultItem:
    def __init__(self, work_id, exception=None, result=None, exit_pid=None):
        self.work_id = work_id
        self.exception = exception
        self.result = result
        self.exit_pid = exit_pid


class _CallItem:
    def __init__(self, work_id, fn, args, kwargs):
        self.work_id = work_id
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _ChunkRunner:
    """fn applied to each argument tuple of a chunk (picklable: a module-level class)."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, chunk):
        return [self.fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


def _sendback_result(result_queue, work_id, result=None, exception=None, exit_pid=None):
    try:
        result_queue.put(_ResultItem(work_id, result=result, exception=exception,
                                     exit_pid=exit_pid))
    except BaseException as e:
        exc = _ExceptionWithTraceback(e, e.__traceback__)
        result_queue.put(_ResultItem(work_id, exception=exc, exit_pid=exit_pid))


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    """The body of a worker process: run call items until a None arrives."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            # The parent sees the worker die and marks the pool broken.
            return
    num_tasks = 0
    exit_pid = None
    while True:
        call_item = call_queue.get()
        if call_item is None:
            result_queue.put(os.getpid())
            return
        if max_tasks is not None:
            num_tasks += 1
            if num_tasks >= max_tasks:
                exit_pid = os.getpid()
        try:
            r = call_item.fn(*call_item.args, **call_item.kwargs)
        except BaseException as e:
            exc = _ExceptionWithTraceback(e, e.__traceback__)
            _sendback_result(result_queue, call_item.work_id, exception=exc, exit_pid=exit_pid)
        else:
            _sendback_result(result_queue, call_item.work_id, result=r, exit_pid=exit_pid)
            del r
        del call_item
        if exit_pid is not None:
            return


class _ExecutorManagerThread(threading.Thread):

    def __init__(self, executor):
        self.executor = executor
        self.wakeup = executor._wakeup
        self.processes = executor._processes
        self.call_queue = executor._call_queue
        self.result_reader = executor._result_queue._reader
        self.work_ids = executor._work_ids
        self.pending_work_items = executor._pending_work_items
        self.in_flight = set()
        self.max_in_flight = executor._max_workers + EXTRA_QUEUED_CALLS
        super().__init__(daemon=True, name='ExecutorManagerThread')

    def run(self):
        while True:
            self.add_call_items_to_queue()
            result_item, is_broken, cause = self.wait_result_broken_or_wakeup()
            if is_broken:
                self.terminate_broken(cause)
                return
            if result_item is not None:
                self.process_result_item(result_item)
            if self.is_shutting_down():
                self.flag_executor_shutting_down()
                if not self.pending_work_items:
                    self.join_executor_internals()
                    return

    def add_call_items_to_queue(self):
        while len(self.in_flight) < self.max_in_flight:
            try:
                work_id = self.work_ids.get(block=False)
            except queue.Empty:
                return
            work_item = self.pending_work_items.get(work_id)
            if work_item is None:
                continue
            if work_item.future.set_running_or_notify_cancel():
                self.in_flight.add(work_id)
                self.call_queue.put(_CallItem(work_id, work_item.fn, work_item.args,
                                              work_item.kwargs))
            else:
                del self.pending_work_items[work_id]

    def wait_result_broken_or_wakeup(self):
        sentinels = [p.sentinel for p in list(self.processes.values())]
        ready = _mp_wait([self.result_reader, self.wakeup] + sentinels)
        cause = None
        is_broken = True
        result_item = None
        if self.result_reader in ready:
            try:
                result_item = self.result_reader.recv()
                is_broken = False
            except BaseException as exc:
                cause = traceback.format_exception(exc)
        elif self.wakeup in ready:
            is_broken = False
        self.wakeup.clear()
        return result_item, is_broken, cause

    def process_result_item(self, result_item):
        if isinstance(result_item, int):
            # A worker acknowledged the shutdown sentinel and exits.
            p = self.processes.pop(result_item, None)
            if p is not None:
                p.join()
            return
        if result_item.exit_pid is not None:
            # The worker reached max_tasks_per_child: replace it.
            p = self.processes.pop(result_item.exit_pid, None)
            if p is not None:
                p.join()
            if not self.is_shutting_down():
                self.executor._spawn_process()
        self.in_flight.discard(result_item.work_id)
        work_item = self.pending_work_items.pop(result_item.work_id, None)
        if work_item is not None:
            if result_item.exception is not None:
                work_item.future.set_exception(result_item.exception)
            else:
                work_item.future.set_result(result_item.result)

    def is_shutting_down(self):
        return _global_shutdown or self.executor._shutdown_thread

    def flag_executor_shutting_down(self):
        ex = self.executor
        if ex._cancel_pending_futures:
            # Cancel everything not yet handed to a worker.
            for work_id, work_item in list(self.pending_work_items.items()):
                if work_id not in self.in_flight and work_item.future.cancel():
                    del self.pending_work_items[work_id]
            ex._cancel_pending_futures = False

    def terminate_broken(self, cause):
        ex = self.executor
        ex._broken = ('A child process terminated abruptly, the process pool is not '
                      'usable anymore')
        ex._shutdown_thread = True
        bpe = BrokenProcessPool("A process in the process pool was terminated abruptly "
                                "while the future was running or pending.")
        if cause is not None:
            bpe.__cause__ = _RemoteTraceback(f"\n'''\n{''.join(cause)}'''")
        for work_id, work_item in self.pending_work_items.items():
            try:
                work_item.future.set_exception(bpe)
            except _base.InvalidStateError:
                pass
        self.pending_work_items.clear()
        for p in self.processes.values():
            try:
                p.kill()
            except Exception:
                pass
        self.join_executor_internals(broken=True)

    def join_executor_internals(self, broken=False):
        if not broken:
            # One sentinel per live worker; each answers with its pid and exits.
            for _ in range(len(self.processes)):
                try:
                    self.call_queue.put(None)
                except OSError:
                    break
        for p in list(self.processes.values()):
            p.join()
        self.processes.clear()
        self.executor._close_queues()


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly while a future was
    in the running state."""


class ProcessPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            cpus = getattr(os, 'process_cpu_count', os.cpu_count)
            self._max_workers = cpus() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers

        if mp_context is None:
            if max_tasks_per_child is not None:
                mp_context = mp.get_context("spawn")
            else:
                mp_context = mp.get_context()
        self._mp_context = mp_context

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs

        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            if self._mp_context.get_start_method(allow_none=False) == "fork":
                raise ValueError("max_tasks_per_child is incompatible with"
                                 " the 'fork' multiprocessing start method;"
                                 " supply a different mp_context.")
        self._max_tasks_per_child = max_tasks_per_child

        self._executor_manager_thread = None
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._cancel_pending_futures = False
        self._wakeup = None
        self._call_queue = None
        self._result_queue = None
        self._work_ids = queue.Queue()

    def _start_executor_manager_thread(self):
        if self._executor_manager_thread is None:
            self._wakeup = _ThreadWakeup()
            self._call_queue = self._mp_context.SimpleQueue()
            self._result_queue = self._mp_context.SimpleQueue()
            for _ in range(self._max_workers):
                self._spawn_process()
            self._executor_manager_thread = _ExecutorManagerThread(self)
            self._executor_manager_thread.start()
            _executors.append(self)

    def _spawn_process(self):
        p = self._mp_context.Process(
            target=_process_worker,
            args=(self._call_queue, self._result_queue, self._initializer, self._initargs,
                  self._max_tasks_per_child))
        p.start()
        self._processes[p.pid] = p

    def _close_queues(self):
        for q in (self._call_queue, self._result_queue):
            try:
                q.close()
            except Exception:
                pass
        if self in _executors:
            _executors.remove(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._pending_work_items[self._queue_count] = w
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            self._start_executor_manager_thread()
            self._wakeup.wakeup()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter); chunksize items go to a worker at
        once."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(_ChunkRunner(fn),
                              itertools.batched(zip(*iterables), chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            if self._wakeup is not None:
                self._wakeup.wakeup()
        t = self._executor_manager_thread
        if t is not None and wait:
            t.join()
            self._wakeup.close()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__

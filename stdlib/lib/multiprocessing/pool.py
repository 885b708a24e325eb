"""Pool: a fixed set of worker processes fed from one task queue.

Three daemon threads in the parent: the worker handler (replaces workers that exited, e.g.
after maxtasksperchild tasks), the task handler (moves tasks from the in-process task queue to
the workers' pipe) and the result handler (reads (job, index, (ok, value)) messages and fills
the ApplyResult / MapResult / IMapIterator objects registered in the cache)."""

__all__ = ['Pool', 'ThreadPool']

import collections
import itertools
import os
import queue
import threading
import time
import traceback
import types

from . import util
from . import get_context, TimeoutError

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


# --- exceptions passed back with the worker's traceback text -----------------------------------

class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    def __init__(self, exc, tb):
        tb = traceback.format_exception(type(exc), exc, tb)
        tb = ''.join(tb)
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    if (maxtasks is not None) and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    put = outqueue.put
    get = inqueue.get
    if hasattr(inqueue, '_writer'):
        inqueue._writer.close()
        outqueue._reader.close()
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        try:
            task = get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        try:
            put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


def _helper_reraises_exception(ex):
    """Pickle-able helper function for use by _guarded_task_generation."""
    raise ex


class Pool:
    """Class which supports an async version of applying functions to arguments."""
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        self._pool = []
        self._state = INIT
        self._ctx = context or get_context()
        self._setup_queues()
        self._taskqueue = queue.SimpleQueue()
        self._cache = {}
        self._cache_lock = threading.Lock()
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs

        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')

        self._processes = processes
        self._stop = threading.Event()
        try:
            self._repopulate_pool()
        except Exception:
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
            for p in self._pool:
                p.join()
            raise

        self._worker_handler = threading.Thread(target=self._handle_workers, daemon=True)
        self._worker_handler.start()
        self._task_handler = threading.Thread(target=self._handle_tasks, daemon=True)
        self._task_handler.start()
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()
        self._state = RUN

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _setup_queues(self):
        self._inqueue = self._ctx.SimpleQueue()
        self._outqueue = self._ctx.SimpleQueue()
        self._quick_put = self._inqueue.put
        self._quick_get = self._outqueue.get

    def _repopulate_pool(self):
        for _ in range(self._processes - len(self._pool)):
            w = self.Process(self._ctx, target=worker,
                             args=(self._inqueue, self._outqueue, self._initializer,
                                   self._initargs, self._maxtasksperchild,
                                   self._wrap_exception))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)

    def _join_exited_workers(self):
        cleaned = False
        for i in reversed(range(len(self._pool))):
            w = self._pool[i]
            if w.exitcode is not None:
                w.join()
                cleaned = True
                del self._pool[i]
        return cleaned

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # --- the three handler threads --------------------------------------------------------------

    def _handle_workers(self):
        while self._state in (INIT, RUN) and not self._stop.is_set():
            if self._join_exited_workers() and self._state in (INIT, RUN):
                self._repopulate_pool()
            self._stop.wait(0.1)

    def _handle_tasks(self):
        while True:
            item = self._taskqueue.get()
            if item is None or self._state == TERMINATE:
                break
            taskseq, set_length = item
            task = None
            try:
                for task in taskseq:
                    if self._state == TERMINATE:
                        break
                    try:
                        self._quick_put(task)
                    except Exception as e:
                        job, idx = task[:2]
                        result = self._cache.get(job)
                        if result is not None:
                            result._set(idx, (False, e))
                else:
                    if set_length:
                        idx = task[1] if task else -1
                        set_length(idx + 1)
                    continue
                break
            finally:
                task = taskseq = item = None
        if self._state != TERMINATE:
            # Closed: every worker gets a sentinel once the tasks before it are taken.
            try:
                for _ in range(len(self._pool)):
                    self._quick_put(None)
            except OSError:
                pass

    def _handle_results(self):
        reader = self._outqueue._reader
        while True:
            if self._state == TERMINATE:
                return
            if self._state == CLOSE and not self._cache and not self._task_handler.is_alive():
                return
            try:
                if not reader.poll(0.1):
                    continue
                task = self._quick_get()
            except (OSError, EOFError):
                return
            if task is None:
                continue
            job, i, obj = task
            result = self._cache.get(job)
            if result is not None:
                try:
                    result._set(i, obj)
                except Exception:
                    traceback.print_exc()
            task = obj = result = None

    # --- public API -----------------------------------------------------------------------------

    def apply(self, func, args=(), kwds={}):
        """Equivalent of `func(*args, **kwds)`."""
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        """Apply `func` to each element in `iterable`, collecting the results in a list that is
        returned."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """Like `map()` method but the elements of the `iterable` are expected to be iterables
        as well and will be unpacked as arguments."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        """Asynchronous version of `starmap()` method."""
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _guarded_task_generation(self, result_job, func, iterable):
        """Yields (job, i, func, (x,), {}); an error from the iterable becomes a task that
        re-raises it in the worker, so the result gets it."""
        try:
            i = -1
            for i, x in enumerate(iterable):
                yield (result_job, i, func, (x,), {})
        except Exception as e:
            yield (result_job, i + 1, _helper_reraises_exception, (e,), {})

    def imap(self, func, iterable, chunksize=1):
        """Like map(), but returns an iterator that yields results in order as they arrive."""
        return self._imap(IMapIterator, func, iterable, chunksize, "Chunksize must be 1+, not {0:n}")

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), but yields each result as soon as it is ready."""
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize,
                          "Chunksize must be 1+, not {0!r}")

    def _imap(self, iterator_class, func, iterable, chunksize, bad_chunksize):
        # The two messages differ in format as CPython's do.
        self._check_running()
        if chunksize == 1:
            result = iterator_class(self)
            self._taskqueue.put((self._guarded_task_generation(result._job, func, iterable),
                                 result._set_length))
            return result
        if chunksize < 1:
            raise ValueError(bad_chunksize.format(chunksize))
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = iterator_class(self)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapstar, task_batches),
                             result._set_length))
        return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """Asynchronous version of `apply()` method."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """Asynchronous version of `map()` method."""
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapper, task_batches),
                             None))
        return result

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while 1:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._stop.set()
            self._taskqueue.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._stop.set()
        self._taskqueue.put(None)
        self._worker_handler.join()
        self._stop_workers()
        # The task handler may wait on a full pipe whose readers are gone: drain it.
        deadline = time.monotonic() + 1.0
        while self._task_handler.is_alive() and time.monotonic() < deadline:
            try:
                while self._inqueue._reader.poll(0):
                    self._inqueue._reader.recv_bytes()
            except (OSError, EOFError):
                break
            self._task_handler.join(0.01)
        self._after_drain()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    def _stop_workers(self):
        for p in self._pool:
            if p.exitcode is None:
                p.terminate()

    def _after_drain(self):
        pass

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult:

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

    __class_getitem__ = classmethod(types.GenericAlias)


AsyncResult = ApplyResult


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                # The first error wins; the rest of the chunks are still counted.
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            try:
                item = self._items.popleft()
            except IndexError:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                try:
                    item = self._items.popleft()
                except IndexError:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None
        success, value = item
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


class ThreadPool(Pool):
    """A Pool of threads (multiprocessing.dummy style): same API, no pickling."""
    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        return _DummyProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _stop_workers(self):
        pass   # threads cannot be killed: _after_drain gives each one a sentinel

    def _after_drain(self):
        with self._inqueue._cond:
            self._inqueue._items.clear()
        for _ in self._pool:
            self._inqueue.put(None)

    def _setup_queues(self):
        self._inqueue = _ThreadQueue()
        self._outqueue = _ThreadQueue()
        self._quick_put = self._inqueue.put
        self._quick_get = self._outqueue.get


class _ThreadQueue:
    """An in-process queue with the _reader.poll(timeout) the result handler uses."""

    def __init__(self):
        self._items = collections.deque()
        self._cond = threading.Condition(threading.Lock())
        self._reader = self

    def put(self, obj):
        with self._cond:
            self._items.append(obj)
            self._cond.notify()

    def get(self):
        with self._cond:
            while not self._items:
                self._cond.wait()
            return self._items.popleft()

    def poll(self, timeout=0.0):
        with self._cond:
            if not self._items:
                self._cond.wait(timeout)
            return bool(self._items)

    recv_bytes = get


class _DummyProcess(threading.Thread):
    def __init__(self, target=None, args=(), kwargs={}, name=None):
        threading.Thread.__init__(self, target=target, args=args, kwargs=kwargs, name=name)

    def start(self):
        self._was_started = True
        threading.Thread.start(self)

    @property
    def exitcode(self):
        return 0 if getattr(self, '_was_started', False) and not self.is_alive() else None

    def terminate(self):
        pass

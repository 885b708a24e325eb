"""Helpers: finalizers run at exit (by priority), after-fork hooks, logging stubs."""

import os
import sys
import itertools
import threading
import atexit

from . import process

__all__ = ['sub_debug', 'debug', 'info', 'sub_warning', 'get_logger', 'log_to_stderr',
           'get_temp_dir', 'register_after_fork', 'is_exiting', 'Finalize', 'ForkAwareThreadLock',
           'ForkAwareLocal', 'close_all_fds_except', 'SUBDEBUG', 'SUBWARNING']

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25
WARNING = 30

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_logger = None
_log_to_stderr = False


def _log(level, msg, *args):
    if _logger is not None and level >= _logger_level[0]:
        sys.stderr.write('[%s/%s] %s\n' % (_level_names.get(level, level),
                                           process.current_process().name, msg % args))

_logger_level = [WARNING]
_level_names = {SUBDEBUG: 'SUBDEBUG', DEBUG: 'DEBUG', INFO: 'INFO', SUBWARNING: 'SUBWARNING',
                WARNING: 'WARNING'}


def sub_debug(msg, *args):
    _log(SUBDEBUG, msg, *args)


def debug(msg, *args):
    _log(DEBUG, msg, *args)


def info(msg, *args):
    _log(INFO, msg, *args)


def sub_warning(msg, *args):
    _log(SUBWARNING, msg, *args)


class _Logger:
    """A small stand-in for logging.Logger (Weft has no logging module yet)."""
    def setLevel(self, level):
        _logger_level[0] = level

    def getEffectiveLevel(self):
        return _logger_level[0]


def get_logger():
    """Returns the logger used by multiprocessing."""
    global _logger
    if _logger is None:
        _logger = _Logger()
    return _logger


def log_to_stderr(level=None):
    """Turn on logging and add a handler which prints to stderr."""
    global _log_to_stderr
    logger = get_logger()
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return logger


def _platform_supports_abstract_sockets():
    return False


def is_abstract_socket_namespace(address):
    return False


_temp_dir = None


def get_temp_dir():
    global _temp_dir
    if _temp_dir is None:
        import tempfile
        _temp_dir = tempfile.mkdtemp(prefix='pymp-')
    return _temp_dir


# --- after-fork hooks ---------------------------------------------------------------------------

_afterfork_registry = {}
_afterfork_counter = itertools.count()


def _run_after_forkers():
    items = sorted(_afterfork_registry.items(), key=lambda kv: kv[0][0])
    for (index, ident, func), obj in items:
        try:
            func(obj)
        except Exception as e:
            info('after forker raised exception %s', e)


def register_after_fork(obj, func):
    _afterfork_registry[(next(_afterfork_counter), id(obj), func)] = obj


# --- finalizers ---------------------------------------------------------------------------------

_finalizer_registry = {}
_finalizer_counter = itertools.count()


class Finalize:
    """Calls callback(*args, **kwargs) once: when called, or at exit if exitpriority is set.

    Weft keeps a strong reference to obj (no weakref callbacks): finalizers run when called
    explicitly or at exit."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        if (exitpriority is not None) and not isinstance(exitpriority, int):
            raise TypeError("Exitpriority ({0!r}) must be None or int, not {1!s}".format(
                exitpriority, type(exitpriority)))
        if obj is None and exitpriority is None:
            raise TypeError("Without object, exitpriority cannot be None")
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = (exitpriority, next(_finalizer_counter))
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None, _finalizer_registry=_finalizer_registry, sub_debug=sub_debug,
                 getpid=os.getpid):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            res = None
        else:
            if self._pid != getpid():
                res = None
            else:
                res = self._callback(*self._args, **self._kwargs)
            self._callback = self._args = self._kwargs = self._key = None
        return res

    def cancel(self):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        return self._key in _finalizer_registry

    def __repr__(self):
        if self._key is None:
            return '<%s object, dead>' % type(self).__name__
        x = '<%s object, callback=%s' % (type(self).__name__,
                                          getattr(self._callback, '__name__', self._callback))
        if self._args:
            x += ', args=' + str(self._args)
        if self._kwargs:
            x += ', kwargs=' + str(self._kwargs)
        if self._key[0] is not None:
            x += ', exitpriority=' + str(self._key[0])
        return x + '>'


def _run_finalizers(minpriority=None):
    """Run finalizers whose exit priority is >= minpriority (all with a priority if None),
    highest priority first, later-registered first within a priority."""
    if _finalizer_registry is None:
        return
    if minpriority is None:
        f = lambda p: p[0] is not None
    else:
        f = lambda p: p[0] is not None and p[0] >= minpriority
    keys = [key for key in list(_finalizer_registry) if f(key)]
    keys.sort(reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception:
                import traceback
                traceback.print_exc()
    if minpriority is None:
        _finalizer_registry.clear()


def is_exiting():
    """Returns true if the process is shutting down."""
    return _exiting or _exiting is None


_exiting = False


def _exit_function():
    """At exit: finalizers, then daemonic children terminated and the others joined."""
    global _exiting
    if not _exiting:
        _exiting = True
        _run_finalizers(0)
        if process.current_process() is not None:
            for p in process.active_children():
                if p.daemon:
                    p._popen.terminate()
            for p in process.active_children():
                p.join()
        _run_finalizers()


atexit.register(_exit_function)


class ForkAwareThreadLock:
    def __init__(self):
        self._lock = threading.Lock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        register_after_fork(self, ForkAwareThreadLock._at_fork_reinit)

    def _at_fork_reinit(self):
        self._lock = threading.Lock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class ForkAwareLocal(threading.local):
    def __init__(self):
        register_after_fork(self, lambda obj: obj.__dict__.clear())

    def __reduce__(self):
        return type(self), ()


try:
    MAXFD = os.sysconf("SC_OPEN_MAX")
except Exception:
    MAXFD = 256


def close_all_fds_except(fds):
    fds = list(fds) + [-1, MAXFD]
    fds.sort()
    for i in range(len(fds) - 1):
        os.closerange(fds[i] + 1, fds[i + 1])


def _close_stdin():
    if sys.stdin is None:
        return
    try:
        sys.stdin.close()
    except (OSError, ValueError):
        pass
    try:
        fd = os.open(os.devnull, os.O_RDONLY)
        try:
            sys.stdin = open(fd, encoding="utf-8", closefd=False)
        except Exception:
            os.close(fd)
    except (OSError, ValueError):
        pass


def _flush_std_streams():
    try:
        sys.stdout.flush()
    except (AttributeError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (AttributeError, ValueError):
        pass


def close_fds(*fds):
    """Close each file descriptor given as an argument"""
    for fd in fds:
        os.close(fd)

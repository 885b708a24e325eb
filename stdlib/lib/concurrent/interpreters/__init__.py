"""Several interpreters in one process (the API of CPython 3.14's concurrent.interpreters, PEP 734).

Each interpreter has its own modules, sys, builtins and __main__ and, in the gil build, its own
global lock, so code in two interpreters run by two threads runs in parallel. Objects never
cross: values are copied (see is_shareable) or go through pickle; queues are shared.
"""

import threading

import _interpreters
from _interpreters import (
    InterpreterError,
    InterpreterNotFoundError,
    NotShareableError,
    is_shareable,
)

from ._queues import (
    Queue,
    QueueEmpty,
    QueueFull,
    create as create_queue,
)

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
]


class _ExcType:
    """What is known of the remote exception's class (the class itself stays there)."""

    def __init__(self, name, qualname, module):
        self.__name__ = name
        self.__qualname__ = qualname
        self.__module__ = module

    def __repr__(self):
        return (f'namespace(__name__={self.__name__!r}, __qualname__={self.__qualname__!r}, '
                f'__module__={self.__module__!r})')


class _ExcInfo:
    """A snapshot of an exception raised in another interpreter."""

    def __init__(self, raw):
        name, qualname, module, msg, formatted, errdisplay, self._args = raw
        self.type = _ExcType(name, qualname, module)
        self.msg = msg
        self.formatted = formatted
        self.errdisplay = errdisplay

    def __repr__(self):
        return (f'namespace(type={self.type!r}, msg={self.msg!r}, formatted={self.formatted!r}, '
                f'errdisplay={self.errdisplay!r})')


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution.

    This is raised from Interpreter.exec() and Interpreter.call().
    """

    def __init__(self, excinfo):
        if isinstance(excinfo, tuple):
            excinfo = _ExcInfo(excinfo)
        text = excinfo.formatted
        if not text:
            if excinfo.type and excinfo.msg:
                text = f'{excinfo.type.__name__}: {excinfo.msg}'
            else:
                text = excinfo.type.__name__ or excinfo.msg
        super().__init__(text)
        self.excinfo = excinfo

    def __str__(self):
        try:
            shown = self.excinfo.errdisplay
        except Exception:
            return super().__str__()
        return f'{super().__str__()}\n\nUncaught in the interpreter:\n\n{shown}'


def create():
    """Return a new (idle) Python interpreter."""
    return Interpreter(_interpreters.create(reqrefs=True), _ownsref=True)


def list_all():
    """Return all existing interpreters."""
    return [Interpreter(id, _whence=whence) for id, whence in _interpreters.list_all(require_ready=True)]


def get_current():
    """Return the currently running interpreter."""
    id, whence = _interpreters.get_current()
    return Interpreter(id, _whence=whence)


def get_main():
    """Return the main interpreter."""
    id, whence = _interpreters.get_main()
    return Interpreter(id, _whence=whence)


# One Interpreter object per id in this interpreter.
_known = {}


class Interpreter:
    """A single Python interpreter.

    Attributes:

    "id" - the unique process-global ID number for the interpreter
    "whence" - indicates where the interpreter was created
    """

    _WHENCE_TO_STR = {
        _interpreters.WHENCE_UNKNOWN: 'unknown',
        _interpreters.WHENCE_RUNTIME: 'runtime init',
        _interpreters.WHENCE_LEGACY_CAPI: 'legacy C-API',
        _interpreters.WHENCE_CAPI: 'C-API',
        _interpreters.WHENCE_XI: 'cross-interpreter C-API',
        _interpreters.WHENCE_STDLIB: '_interpreters module',
    }

    def __new__(cls, id, /, _whence=None, _ownsref=None):
        if not isinstance(id, int):
            raise TypeError(f'id must be an int, got {id!r}')
        id = int(id)
        self = _known.get(id)
        if self is not None:
            return self
        if _whence is None:
            _whence = (_interpreters.WHENCE_STDLIB if _ownsref else _interpreters.whence(id))
        self = super().__new__(cls)
        self._id = id
        self._whence = _whence
        self._ownsref = bool(_ownsref) if _ownsref is not None else _whence == _interpreters.WHENCE_STDLIB
        _known[id] = self
        return self

    def __repr__(self):
        return f'{type(self).__name__}({self.id})'

    def __hash__(self):
        return hash(self._id)

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return self._WHENCE_TO_STR[self._whence]

    def is_running(self):
        """Return whether or not the identified interpreter is running."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalize and destroy the interpreter.

        Attempting to destroy the current interpreter results
        in an InterpreterError.
        """
        _interpreters.destroy(self._id, restrict=True)
        _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given values into the interpreter's __main__.

        The values must be shareable.
        """
        ns = dict(ns, **kwargs) if ns is not None else kwargs
        _interpreters.set___main___attrs(self._id, ns, restrict=True)

    def exec(self, code, /):
        """Run the given source code in the interpreter (in the current thread).

        The code runs with the interpreter's __main__ module as globals. An unhandled
        exception raises ExecutionFailed here; the exception itself stays behind.
        """
        excinfo = _interpreters.exec(self._id, code, restrict=True)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)

    def _call(self, callable, args, kwargs):
        res, excinfo = _interpreters.call(self._id, callable, args, kwargs, restrict=True)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)
        return res

    def call(self, callable, /, *args, **kwargs):
        """Call the object in the interpreter with given args/kwargs and return its result.

        Arguments and the result cross as shareable copies or through pickle.
        """
        return self._call(callable, args, kwargs)

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Return a new thread that calls the object in the interpreter.

        The return value and any raised exception are discarded.
        """
        t = threading.Thread(target=self._call, args=(callable, args, kwargs))
        t.start()
        return t

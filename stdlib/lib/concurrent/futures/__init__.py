"""Run callables asynchronously: Future, Executor and ThreadPoolExecutor (Weft; API of
CPython 3.13's concurrent.futures)."""

from ._base import (FIRST_COMPLETED,
                    FIRST_EXCEPTION,
                    ALL_COMPLETED,
                    CancelledError,
                    TimeoutError,
                    InvalidStateError,
                    BrokenExecutor,
                    Future,
                    Executor,
                    wait,
                    as_completed)
from .thread import ThreadPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'InvalidStateError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __getattr__(name):
    # Executors that need more of the runtime (processes, subinterpreters) come later.
    if name in ('ProcessPoolExecutor', 'InterpreterPoolExecutor'):
        raise ImportError("concurrent.futures.%s is not available in Weft yet" % name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

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
    'InterpreterPoolExecutor',
)


def __getattr__(name):
    # Executors that need more of the runtime (processes, subinterpreters) come later.
    if name == 'InterpreterPoolExecutor':
        from .interpreter import InterpreterPoolExecutor
        globals()['InterpreterPoolExecutor'] = InterpreterPoolExecutor
        return InterpreterPoolExecutor
    if name == 'ProcessPoolExecutor':
        from .process import ProcessPoolExecutor
        globals()['ProcessPoolExecutor'] = ProcessPoolExecutor
        return ProcessPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Register functions to be called at interpreter exit (Weft: the runtime calls
_run_exitfuncs() after threading._shutdown(), as CPython does)."""

import sys

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered."""
    _exithandlers[:] = [h for h in _exithandlers if not (h[0] == func)]


def _clear():
    """Clear the list of previously registered exit functions."""
    del _exithandlers[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_exithandlers)


def _run_exitfuncs():
    """Run all registered exit functions, last registered first; errors are reported."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                sys.stderr.write(f"Exception ignored in atexit callback {func!r}:\n")
                import traceback
                # The frame of this runner is not part of the report, as with CPython.
                traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next,
                                          file=sys.stderr)
            except BaseException:
                pass

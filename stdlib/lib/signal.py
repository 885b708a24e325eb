"""Set handlers for asynchronous events: the native _signal module plus the Signals, Handlers
and Sigmasks enums (numbers handed back to Python are turned into their enum members)."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()


def _members(pred):
    # As CPython's IntEnum._convert_: sorted by value then name, so the first name of a value
    # is the canonical one (SIGABRT, not SIGIOT) and the others are aliases.
    items = [(name, value) for name, value in _globals.items() if pred(name)]
    items.sort(key=lambda t: (t[1], t[0]))
    return items


Signals = _IntEnum('Signals', _members(
    lambda name: (name.isupper() and name.startswith('SIG') and not name.startswith('SIG_'))
    or name.startswith('CTRL_')), module=__name__)
Handlers = _IntEnum('Handlers', _members(lambda name: name in ('SIG_DFL', 'SIG_IGN')),
                    module=__name__)
Sigmasks = _IntEnum('Sigmasks', _members(
    lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK')), module=__name__)

for _enum in (Signals, Handlers, Sigmasks):
    for _name, _member in _enum.__members__.items():
        _globals[_name] = _member
del _enum, _name, _member


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member; anything else unchanged."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a plain int; anything else unchanged."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous one."""
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    """Return the current action for the given signal."""
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    """Fetch and/or change the signal mask of the calling thread."""
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    """Examine pending signals."""
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


class ItimerError(OSError):
    """Raised by setitimer/getitimer on a bad timer (CPython's name: signal.itimer_error)."""


ItimerError.__name__ = ItimerError.__qualname__ = 'itimer_error'


def setitimer(which, seconds, interval=0.0, /):
    """Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."""
    try:
        return _signal.setitimer(which, seconds, interval)
    except OSError as e:
        if type(e) is OSError:
            raise ItimerError(*e.args) from None
        raise


def getitimer(which, /):
    """Returns current value of given itimer."""
    try:
        return _signal.getitimer(which)
    except OSError as e:
        if type(e) is OSError:
            raise ItimerError(*e.args) from None
        raise


for _f in (signal, getsignal, pthread_sigmask, sigpending, valid_signals):
    _f.__doc__ = getattr(_signal, _f.__name__).__doc__ or _f.__doc__
del _f, _globals, _members

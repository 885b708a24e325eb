"""Helper to provide extensibility for pickle.

This is only useful to add pickle support for extension types defined in C, not for instances
of user-defined classes.
"""

# Weft's own implementation. object.__reduce_ex__ (runtime/objects/object_type.cpp) calls
# _reduce_ex for protocols 0 and 1 and _reduce_newobj for protocols 2 and above.

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # constructor_ob is accepted for backward compatibility only.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


def _reconstructor(cls, base, state):
    # Rebuilds what _reduce_ex saved: an instance of cls made through base's constructor.
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _native_base(cls):
    # The first class of the MRO that is not written in Python (its constructor rebuilds the
    # value). Python classes carry their own '__module__' key; built-in types do not.
    for base in cls.__mro__:
        if '__module__' not in base.__dict__ or base.__dict__.get('__weft_native__'):
            return base
    return object


def _reduce_ex(self, proto, base=None):
    # Protocols 0 and 1: (_reconstructor, (cls, base, base(self) or None), instance state).
    cls = self.__class__
    if base is None:
        base = _native_base(cls)
    if base is object:
        base_state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        base_state = base(self)
    getstate = getattr(self, "__getstate__", None)
    if getstate is None:
        state = getattr(self, "__dict__", None)
    else:
        if type(self).__getstate__ is object.__getstate__ and _slotnames(cls):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        state = getstate()
    if state:
        return _reconstructor, (cls, base, base_state), state
    return _reconstructor, (cls, base, base_state)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with keyword-only
    arguments to be pickled correctly."""
    return cls.__new__(cls, *args, **kwargs)


def _reduce_newobj(obj, proto):
    # Protocols 2 and above: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).
    cls = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        res = getnewargs_ex()
        if not isinstance(res, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(res).__name__)
        if len(res) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(res))
        args, kwargs = res
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a "
                            "tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a "
                            "dict, not '%s'" % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        else:
            args = None
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return (__newobj__, (cls,) + (args or ()), state, listitems, dictitems)


def _slotnames(cls):
    """Return a list of slot names for a given class (cached in cls.__slotnames__)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if not hasattr(cls, "__slots__"):
        pass
    else:
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


def _getstate_slots(obj):
    # object.__getstate__ for instances with __slots__: (dict or None, {slot: value}).
    d = getattr(obj, '__dict__', None)
    state = dict(d) if d else None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


# A registry of extension codes (protocol 2 EXT opcodes); reserved ranges as in CPython's docs.
_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()

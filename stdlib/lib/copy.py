"""Shallow and deep copying of arbitrary objects: copy(x), deepcopy(x[, memo]) and replace(obj, **changes)."""

# Weft's own implementation. Classes customise copying with __copy__/__deepcopy__ or the
# pickle protocol (__reduce_ex__/__reduce__, __getnewargs__, __getstate__/__setstate__); plain
# instances go through object.__reduce_ex__ and copyreg like pickle's.

__all__ = ["Error", "copy", "deepcopy", "replace"]

from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error   # backward compatibility


def _make_atomic_types():
    def f():
        pass
    types = {type(None), int, float, bool, str, bytes, type, range, slice, property,
             type(Ellipsis), type(NotImplemented), type(f), type(len), type(f.__code__)}
    try:
        types.add(complex)
    except NameError:
        pass
    return frozenset(types)


_atomic = _make_atomic_types()
_shallow_immutable = _atomic | {tuple, frozenset}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _shallow_immutable:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls):
    # The pickle protocol, as pickle uses it: copyreg.dispatch_table, then __reduce_ex__(4)
    # (object's builds (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems)).
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(deep)copyable object of type %s" % cls)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset(deepcopy(a, memo) for a in x)


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = d = {}
for _t in _atomic:
    d[_t] = _deepcopy_atomic
d[list] = _deepcopy_list
d[tuple] = _deepcopy_tuple
d[dict] = _deepcopy_dict
d[set] = _deepcopy_set
d[frozenset] = _deepcopy_frozenset
d[bytearray] = _deepcopy_bytearray


class _C:
    def _m(self):
        pass


d[type(_C()._m)] = _deepcopy_method
del d, _t, _C


def _keep_alive(x, memo):
    # Keeps x alive as long as the memo, so its id() cannot be reused by another object.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)

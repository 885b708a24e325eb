"""Names for the built-in types (Weft: each is the type of a real object)."""

import sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType",
           "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType",
           "ModuleType", "TracebackType", "FrameType", "GetSetDescriptorType",
           "MemberDescriptorType", "new_class", "resolve_bases", "prepare_class",
           "DynamicClassAttribute", "coroutine", "GenericAlias", "UnionType", "EllipsisType",
           "NoneType", "NotImplementedType", "get_original_bases"]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


try:
    CellType = type(_cell_factory())
except Exception:
    CellType = None


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
try:
    _c.close()
except Exception:
    pass


async def _ag():
    yield


try:
    AsyncGeneratorType = type(_ag())
except Exception:
    AsyncGeneratorType = None


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
try:
    ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
except Exception:
    ClassMethodDescriptorType = None
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

try:
    GetSetDescriptorType = type(FunctionType.__code__)
except Exception:
    GetSetDescriptorType = None


class _S:
    __slots__ = ("x",)


try:
    MemberDescriptorType = type(_S.__dict__["x"])
except Exception:
    MemberDescriptorType = None
del _S, _C, _f, _g, _ag, _c, _cell_factory

try:
    GenericAlias = type(list[int])
except Exception:
    GenericAlias = None
try:
    UnionType = type(int | str)
except Exception:
    UnionType = None
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable:
            d = dict(mapping_or_iterable)
            for k in d:
                if not isinstance(k, str):
                    raise TypeError(f"keywords must be strings, not '{type(k).__name__}'")
            self.__dict__.update(d)
        self.__dict__.update(kwargs)

    def __repr__(self):
        ident = id(self)
        running = _repr_running
        if ident in running:
            return f"{type(self).__name__}(...)"
        running.add(ident)
        try:
            items = (f"{k}={v!r}" for k, v in self.__dict__.items())
            name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
            return f"{name}({', '.join(items)})"
        finally:
            running.discard(ident)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

    def __replace__(self, /, **changes):
        result = type(self)(**self.__dict__)
        result.__dict__.update(changes)
        return result


_repr_running = set()


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


def get_original_bases(cls, /):
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__ (instance access works as property)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, "__isabstractmethod__", False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    """Convert a regular generator function into a coroutine (a no-op marker in Weft)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func

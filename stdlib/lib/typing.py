"""Support for type hints (Weft's own implementation: enough for annotated code to import and
run, with CPython's reprs; static-checking-only features are accepted and do nothing)."""

import collections.abc
import sys
import functools

TYPE_CHECKING = False

__all__ = ["Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
           "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type",
           "TypeVar", "TypeVarTuple", "Union", "AbstractSet", "ByteString", "Container",
           "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView",
           "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet",
           "Sequence", "Sized", "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable",
           "Coroutine", "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible",
           "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
           "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque",
           "Dict", "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple",
           "TypedDict", "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO", "AnyStr",
           "assert_type", "assert_never", "cast", "clear_overloads", "dataclass_transform",
           "final", "get_args", "get_origin", "get_overloads", "get_protocol_members",
           "get_type_hints", "is_protocol", "is_typeddict", "LiteralString", "Never",
           "NewType", "no_type_check", "no_type_check_decorator", "NoDefault", "NoReturn",
           "NotRequired", "overload", "override", "ParamSpecArgs", "ParamSpecKwargs",
           "ReadOnly", "Required", "reveal_type", "runtime_checkable", "Self", "Text",
           "TYPE_CHECKING", "TypeAlias", "TypeGuard", "TypeIs", "TypeAliasType", "Unpack"]


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasBase):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if isinstance(obj, tuple):
        return "[" + ", ".join(_type_repr(t) for t in obj) + "]"
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _SpecialForm:
    """A special typing construct (Any, Union, Optional, ClassVar, ...)."""

    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = doc if doc is not None else getitem.__doc__

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _simple_form(name):
    def getitem(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    return _SpecialForm(getitem, name)


NoReturn = _simple_form("NoReturn")
Never = _simple_form("Never")
Self = _simple_form("Self")
LiteralString = _simple_form("LiteralString")
TypeAlias = _simple_form("TypeAlias")


def _one_arg_form(name, allow_tuple=False):
    def getitem(self, parameters):
        item = _type_check(parameters, f"{name} accepts only single type.")
        return _GenericAlias(self, (item,), name=name)
    return _SpecialForm(getitem, name)


ClassVar = _one_arg_form("ClassVar")
Final = _one_arg_form("Final")
TypeGuard = _one_arg_form("TypeGuard")
TypeIs = _one_arg_form("TypeIs")
Required = _one_arg_form("Required")
NotRequired = _one_arg_form("NotRequired")
ReadOnly = _one_arg_form("ReadOnly")
Unpack = _one_arg_form("Unpack")


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            out.extend(p.__args__)
        elif _types_union is not None and isinstance(p, _types_union):
            out.extend(p.__args__)
        else:
            out.append(p)
    # Remove duplicates, keeping the first occurrence.
    result = []
    for p in out:
        if not any(p is q or (p == q and type(p) is type(q)) for q in result):
            result.append(p)
    return tuple(result)


try:
    _types_union = type(int | str)
except Exception:
    _types_union = None


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.")
                       for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


Union = _SpecialForm(_union_getitem, "Union")
Optional = _SpecialForm(_optional_getitem, "Optional")


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)


Literal = _SpecialForm(_literal_getitem, "Literal")


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, name="Concatenate")


Concatenate = _SpecialForm(_concatenate_getitem, "Concatenate")


class _GenericAliasBase:
    pass


class _GenericAlias(_GenericAliasBase):
    """A subscripted generic: List[int], ClassVar[int], MyGeneric[T]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = tuple(_collect_parameters(self.__args__))
        if not name:
            self.__module__ = getattr(origin, "__module__", "typing")

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if "__origin__" in self.__dict__ and not (attr.startswith("__")
                                                  and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        # A typing alias of a plain class (List[int]) also makes the subclass Generic,
        # unless a later base already brings Generic in.
        if self._name and self.__origin__ not in (Generic, Protocol):
            i = bases.index(self)
            if not any(isinstance(b, _GenericAliasBase) or
                       (isinstance(b, type) and issubclass(b, Generic)) for b in bases[i + 1:]):
                res.append(Generic)
        return tuple(res)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'}"
                            f" arguments for {self}; actual {len(args)}, expected "
                            f"{len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, args))
        new_args = tuple(_subst(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            args = "()"
        else:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        return f"{name}[{args}]"

    def __reduce__(self):
        return operator_getitem, (self.__origin__, self.__args__)


class _TypingEllipsis:
    pass


def _subst(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_subst(a, subst) for a in arg]
    return arg


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec, TypeVarTuple)):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for p in _collect_parameters(t):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(t, "__parameters__", ()) or ():
                if isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and p not in params:
                    params.append(p)
    return params


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias,) + ((_types_union,) if _types_union
                                                          else ())):
            return NotImplemented
        try:
            return set(self.__args__) == set(other.__args__)
        except TypeError:
            return self.__args__ == other.__args__

    def __hash__(self):
        try:
            return hash(frozenset(self.__args__))
        except TypeError:
            return hash(self.__args__)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is type(None):
                return f"typing.Optional[{_type_repr(args[0])}]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, **kw):
        super().__init__(origin, args, name="Literal")
        self.__parameters__ = ()

    def __repr__(self):
        return "typing.Literal[" + ", ".join(repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set(
            (type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


class _SpecialGenericAlias(_GenericAliasBase):
    """An unsubscripted typing alias of a real class: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__
        self.__module__ = "typing"
        self.__parameters__ = ()

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name
        if not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "Parameters must be types.") for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f"arguments for {self}; actual {len(params)}, expected "
                            f"{self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__ and self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        if len(args) == 2 and isinstance(args[0], _GenericAlias) \
                and args[0].__origin__ is Concatenate:
            return f"typing.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]"
        return ("typing.Callable[[" + ", ".join(_type_repr(a) for a in args[:-1]) + "], "
                + _type_repr(args[-1]) + "]")

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (*args, result)
        else:
            params = (args, result)
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=True)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            params = tuple(_type_check(p, "") for p in params[:-1])
            return _GenericAlias(self.__origin__, (*params, _TypingEllipsis), name="Tuple",
                                 inst=False)
        params = tuple(_type_check(p, "") for p in params)
        return _GenericAlias(self.__origin__, params, name="Tuple", inst=False)


_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(getattr(_abc, "ByteString", bytes), 0, name="ByteString")
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias(collections.deque, 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name="Type")
Text = str


class _ContextManagerBase:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


try:
    import contextlib as _contextlib
    ContextManager = _SpecialGenericAlias(_contextlib.AbstractContextManager, 2,
                                          name="ContextManager")
    AsyncContextManager = _SpecialGenericAlias(_contextlib.AbstractAsyncContextManager, 2,
                                               name="AsyncContextManager")
except ImportError:
    ContextManager = _SpecialGenericAlias(_ContextManagerBase, 2, name="ContextManager")
    AsyncContextManager = ContextManager


class TypeVar:
    """Type variable: T = TypeVar('T'), with optional constraints, bound and variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=None):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__constraints__ = tuple(_type_check(t, "") for t in constraints)
        self.__bound__ = _type_check(bound, "") if bound is not None else None
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ""
        elif self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")

    def __typing_subst__(self, arg):
        return arg


class TypeVarTuple:
    def __init__(self, name, *, default=None):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=None):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return ("+" if self.__covariant__ else "-" if self.__contravariant__ else "~") + \
            self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = "typing"
del _tv


class Generic:
    """Abstract base class for generic types: class C(Generic[T]): ..."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "") for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and not (
                        isinstance(p, _GenericAlias) and p.__origin__ is Unpack):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                    f"variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            nparams = len(cls.__dict__.get("__parameters__", ()))
            if nparams != len(params) and nparams:
                raise TypeError(f"Too {'many' if len(params) > nparams else 'few'} "
                                f"arguments for {cls}; actual {len(params)}, expected "
                                f"{nparams}")
        return _GenericAlias(cls, params, name=None if cls not in (Generic, Protocol)
                             else cls.__name__)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig = cls.__dict__.get("__orig_bases__", ())
        gvars = None
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                gvars = base.__parameters__
        tvars = _collect_parameters(orig)
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                s_vars = ", ".join(str(t) for t in missing)
                s_args = ", ".join(str(g) for g in gvars)
                raise TypeError(f"Some type variables ({s_vars}) are not listed in "
                                f"Generic[{s_args}]")
            tvars = gvars
        cls.__parameters__ = tuple(tvars)


def _generic_mro_entries(self, bases):
    return (self.__origin__,) if self.__origin__ not in bases else ()


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_protocol", False):
            return type.__instancecheck__(cls, instance)
        if type.__instancecheck__(cls, instance):
            return True
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        for attr in _get_protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if getattr(cls, attr, None) is not None and callable(getattr(cls, attr, None)) \
                    and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol or not getattr(cls, "_is_protocol", False):
            return type.__subclasscheck__(cls, other)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if type.__subclasscheck__(cls, other):
            return True
        for attr in _get_protocol_attrs(cls):
            if not any(attr in b.__dict__ for b in other.__mro__):
                return False
        return True


_SPECIAL_NAMES = frozenset({"__abstractmethods__", "__annotations__", "__dict__", "__doc__",
                            "__init__", "__module__", "__new__", "__slots__",
                            "__subclasshook__", "__weakref__", "__class_getitem__",
                            "__match_args__", "__static_attributes__",
                            "__firstlineno__", "__qualname__", "__orig_bases__",
                            "__parameters__", "__protocol_attrs__", "__non_callable_proto_members__",
                            "__type_params__", "_is_protocol", "_is_runtime_protocol",
                            "__init_subclass__", "__abstractmethods__", "_abc_impl"})


def _get_protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in _SPECIAL_NAMES \
                    and attr not in attrs:
                attrs.append(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (usable with isinstance)."""
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        "got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


def is_protocol(tp, /):
    return isinstance(tp, type) and getattr(tp, "_is_protocol", False) and tp != Protocol


def get_protocol_members(tp, /):
    if not is_protocol(tp):
        raise TypeError(f"{tp!r} is not a Protocol")
    return frozenset(_get_protocol_attrs(tp))


class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float:
        pass


class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits: int = 0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
           SupportsAbs, SupportsRound):
    _p._is_runtime_protocol = True
del _p


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, *args, **kwargs):
        value = eval(self.__forward_arg__, globalns, localns)
        self.__forward_evaluated__ = True
        self.__forward_value__ = value
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods (the definitions are recorded only)."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get((getattr(f, "__module__", None),
                                        getattr(f, "__qualname__", None)), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final (sets __final__)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "frozen_default": frozen_default,
            "field_specifiers": field_specifiers, "kwargs": kwargs}
        return cls_or_fn
    return decorator


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{subclass_name} = NewType({subclass_name!r}, "
                                f"{superclass_name})`")
        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), name="Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "")
        return _AnnotatedAlias(origin, tuple(params[1:]))


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__annotate__ = None
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple (functional and class syntax)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    try:
        module = sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        module = None
    return _make_nmtuple(typename, list(fields), module=module)


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict "
                                "base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        # Instances of a TypedDict are plain dicts.
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace; at runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields)}
    try:
        ns["__module__"] = sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class TypeAliasType:
    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = type_params

    def __repr__(self):
        return self.__name__


class _NoDefaultType:
    def __repr__(self):
        return "typing.NoDefault"


NoDefault = _NoDefaultType()


def get_origin(tp):
    """Get the unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if isinstance(tp, _UnionGenericAlias):
            return Union
        return tp.__origin__
    if tp is Generic:
        return Generic
    if _types_union is not None and isinstance(tp, _types_union):
        import types
        return types.UnionType
    ga = type(list[int])
    if isinstance(tp, ga):
        return tp.__origin__
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if (_types_union is not None and isinstance(tp, _types_union)) or \
            isinstance(tp, type(list[int])):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return eval(value.__forward_arg__, globalns, localns)
    return value


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired, ReadOnly):
        return _strip_annotations(t.__args__[0])
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the type hints of an object, with string annotations evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            if not isinstance(ann, dict):
                continue
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        if isinstance(obj, (type(sys), type(get_type_hints))):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


import re as _re
Pattern = _SpecialGenericAlias(type(_re.compile("")), 1, name="Pattern")
Match = _SpecialGenericAlias(type(_re.match("", "")), 1, name="Match")
del _re


def operator_getitem(a, b):
    return a[b]

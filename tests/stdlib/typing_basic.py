from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator,
                    Generator, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Literal, Final,
                    ClassVar, cast, overload, get_type_hints, TYPE_CHECKING, Sequence, Mapping,
                    FrozenSet, Type, get_origin, get_args, NewType, Annotated, runtime_checkable,
                    DefaultDict, Deque, Counter, AnyStr, NoReturn)
import typing

print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None])
print(Tuple[int, ...], Tuple[int, str], Set[float], FrozenSet[int], Type[int])
print(Callable[[int, str], bool], Callable[..., int], Iterable[int], Iterator[str])
print(Generator[int, None, None], Sequence[int], Mapping[str, List[int]])
print(List, Dict, Any, Optional, Union, Literal["a", 1], Final[int], ClassVar[int])
print(Union[int, Union[str, int]], Union[int], Optional[Union[int, str]])
print(Union[int, str] == Union[str, int], List[int] == List[int], Optional[int] == Union[int, None])
print(TYPE_CHECKING, cast(int, "x"), NoReturn)
T = TypeVar("T")
K = TypeVar("K", bound=int)
S = TypeVar("S", str, bytes)
print(T, K, S, T.__name__, K.__bound__, S.__constraints__, TypeVar("C", covariant=True))
print(List[T], Dict[str, T][int])

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(3)
print(s.pop(), Stack[int], Stack.__parameters__, Stack.__mro__[1:])
class Pair(Generic[K, T]):
    pass
print(Pair[int, str], get_origin(Pair[int, str]), get_args(Pair[int, str]))

class Greeter(Protocol):
    def greet(self) -> str: ...

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class English:
    def greet(self) -> str:
        return "hello"
    def close(self):
        pass
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(English()), isinstance(English(), Closer), isinstance(3, Closer))

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return self.x + self.y
p = Point(1)
print(p, p.norm(), p._fields, Point._field_defaults, isinstance(p, tuple), p._replace(y=5))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Point.__annotations__)

class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__required_keys__ == {"name", "year"})

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("a"))

def annotated(a: int, b: "str" = "x", c: Optional[List[int]] = None) -> Dict[str, int]:
    return {}
print(get_type_hints(annotated))
class C:
    a: int
    b: "List[str]"
    c: ClassVar[int] = 3
print(get_type_hints(C))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union,
      get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(Annotated[int, "meta"], get_args(Annotated[int, "m1", "m2"]))
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(3, Iterable))
try:
    isinstance(3, List[int])
except TypeError as e:
    print("TypeError:", e)
print(DefaultDict[str, int], Deque[int], Counter[str], AnyStr, typing.Text)
x: Final = 3
print(List[int].__origin__, List[int].__args__, Literal[1, 2].__args__)
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
class MyList(List[int]):
    pass
print(MyList.__mro__, MyList([1, 2]))
print(list[int], int | None, Optional[int] | str)

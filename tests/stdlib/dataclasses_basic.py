from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING)


@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point(5))
print(Point.__hash__)
print([f.name for f in fields(p)], [f.type for f in fields(Point)])
print(asdict(p), astuple(p))
print(replace(p, y=10))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__match_args__)
print(Point.__doc__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

a, b = Version(1, 2), Version(1, 10, "beta")
print(a < b, a >= b, sorted([b, a]), hash(a) == hash(Version(1, 2, "x")))
try:
    a.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del a.minor
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(FrozenInstanceError(), AttributeError))

@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", init=False)
    total = 0

i = Inv("box")
i.items.append("x")
print(i, Inv("b").items, Inv.total, i.secret)
print(len(fields(i)))

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale

w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5))
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = field(default=3, kw_only=False)
print(AllKW(4, x=1))

@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.5
print(Child(1), Child(1, "z", 2.0), [f.name for f in fields(Child)])

@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(3)) == hash((3,)), {H(1), H(1)} == {H(1)})

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError")

@dataclass
class Nested:
    p: Point
    ps: list
n = Nested(Point(1, 2), [Point(3, 4)])
print(asdict(n))
print(astuple(n))
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(p, z=3)
except TypeError as e:
    print("TypeError")

@dataclass
class Custom:
    x: int
    def __repr__(self):
        return "Custom!"
print(Custom(1))
print(field(default=1).default, MISSING is not None)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())

@dataclass(frozen=True, slots=True)
class FS:
    a: int
fs = FS(1)
try:
    fs.a = 2
except FrozenInstanceError as e:
    print("frozen slots:", e)
print(fs)

from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, repr(Color.CRIMSON))
print(list(Color), len(Color))
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, 1 in Color, 5 in Color)
print(type(Color), isinstance(Color.RED, Color), type(Color) is EnumMeta, EnumMeta is EnumType)
print(Color, repr(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print({Color.RED: "r"}[Color.CRIMSON])
print(f"{Color.GREEN}", "{:>12}|".format(Color.GREEN))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError")

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    LINE = 10
    POINT = auto()
    def describe(self):
        return f"{self.name} with value {self.value}"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(list(Shape), Shape.CIRCLE.describe(), Shape.default())

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3))
print(Planet((3.303e+23, 2.4397e6)))

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(1), sorted([Num.TWO, Num.ONE]))
print(f"{Num.TWO}", str(Num.TWO), isinstance(Num.ONE, int), int(Num.TWO), Num.TWO * 3)

class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), S.A == "a", f"{S.B}!", list(S))

class Mood(Enum):
    HAPPY = "happy"
    SAD = "sad"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Mood("HAPPY"))
try:
    Mood(3)
except ValueError as e:
    print("ValueError:", e)

class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    ALPHA = auto()
    BETA = auto()
print(list(Gen), Gen.BETA.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pet = Enum("Pet", [("DOG", 5), ("FISH", 7)])
print(Pet.FISH, Pet(5))

class Empty(Enum):
    pass
print(list(Empty), len(Empty))
class WithMethod(Empty):
    X = 1
print(WithMethod.X)
print(Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.RED))
print(reversed(list(Color)) is not None, [c.name for c in reversed(Color)])
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched green")

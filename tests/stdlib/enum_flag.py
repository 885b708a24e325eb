from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
RW = Perm.R | Perm.W
print(RW, repr(RW), RW.value, Perm.R in RW, Perm.X in RW)
print(repr(Perm.R), str(Perm.R | Perm.W | Perm.X), list(RW), len(RW))
print(repr(Perm(0)), bool(Perm(0)), bool(Perm.R), repr(~Perm.R), repr(RW & Perm.W))
print(repr(Perm.R ^ Perm.R), list(Perm), Perm(6))
try:
    Perm(8)
except ValueError as e:
    print("ValueError")

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, repr(Color.WHITE), Color.RED | Color.GREEN | Color.BLUE)
print(list(Color.WHITE), Color.WHITE.value, len(Color), Color(3))

class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), P.R + 1, P.R | 8, repr(P(8)), P.R == 4, repr(~P.R))
print(str(P.R), f"{P.W}", isinstance(P.X, int), repr(P(0)), list(P.R | P.X))
